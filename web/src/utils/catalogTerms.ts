// The catalog's enumerations in the order the administrator's forms offer them.
import { ProviderKind, TrainingCategory } from '../graphql/generated/graphql';

export { FORMS as TRAINING_FORMS } from '../composables/useCatalog';

export const TRAINING_CATEGORIES = Object.values(TrainingCategory);

export const PROVIDER_KINDS = Object.values(ProviderKind);
