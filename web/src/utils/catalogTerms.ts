// The catalog's enumerations in the order the administrator's forms offer them.
import type { ProviderKind, TrainingCategory } from '../graphql/generated/graphql';

export { FORMS as TRAINING_FORMS } from '../composables/useCatalog';

export const TRAINING_CATEGORIES: readonly TrainingCategory[] = [
  'TECHNICAL',
  'FUNCTIONAL',
  'MANAGERIAL',
  'SOCIO_CULTURAL',
  'LEADERSHIP',
  'LATSAR',
  'DEGREE',
  'SEMINAR',
  'WORKSHOP',
  'COURSE',
  'TECHNICAL_GUIDANCE',
  'E_LEARNING',
  'COACHING',
  'MENTORING',
  'INTERNSHIP',
  'SECONDMENT',
  'BENCHMARKING',
  'LEARNING_COMMUNITY',
];

export const PROVIDER_KINDS: readonly ProviderKind[] = [
  'BPSDM',
  'LAN',
  'MINISTRY',
  'UNIVERSITY',
  'PROFESSIONAL_BODY',
  'OTHER',
];
