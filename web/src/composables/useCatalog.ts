// The training catalog with its filters kept in the URL (?q=&competency=&form=&month=&mode=&free=1&open=1), so a
// search can be shared and survives reload (the page debounces typing before it reaches the URL). Text, competency, form and month go to the API; delivery mode, free
// and open-only narrow the sessions here (the catalog is small and the API filters trainings, not sessions).
import { useQuery } from '@vue/apollo-composable';
import { computed } from 'vue';
import { useRoute, useRouter } from 'vue-router';
import {
  CompetencyOptionsDocument,
  SessionMode,
  TrainingCatalogDocument,
  type TrainingCatalogQuery,
  TrainingForm,
} from '../graphql/generated/graphql';

export type CatalogTraining = TrainingCatalogQuery['trainings']['edges'][number]['node'];
export type CatalogSession = CatalogTraining['sessions'][number];

export const CATALOG_PAGE_SIZE = 50;
export const FORMS = Object.values(TrainingForm);
export const MODES = Object.values(SessionMode);

export interface CatalogFilter {
  text: string;
  competencyId: string;
  form: TrainingForm | '';
  month: string;
  mode: SessionMode | '';
  freeOnly: boolean;
  openOnly: boolean;
}

const KEYS: Record<keyof CatalogFilter, string> = {
  text: 'q',
  competencyId: 'competency',
  form: 'form',
  month: 'month',
  mode: 'mode',
  freeOnly: 'free',
  openOnly: 'open',
};

/** The trainings and sessions the client-side criteria keep; a training with no session left is dropped. */
export function narrowCatalog(
  trainings: readonly CatalogTraining[],
  filter: Pick<CatalogFilter, 'mode' | 'freeOnly' | 'openOnly'>,
): CatalogTraining[] {
  const sessionFilterOn = filter.mode !== '' || filter.openOnly;
  return trainings
    .filter((training) => !filter.freeOnly || training.costPerParticipant === 0)
    .map((training) => ({
      ...training,
      sessions: training.sessions.filter(
        (session) => (filter.mode === '' || session.mode === filter.mode) && (!filter.openOnly || session.isOpen),
      ),
    }))
    .filter((training) => !sessionFilterOn || training.sessions.length > 0);
}

export function useCatalog() {
  const route = useRoute();
  const router = useRouter();
  const text = (key: string) => (typeof route.query[key] === 'string' ? (route.query[key] as string) : '');
  const filter = computed<CatalogFilter>(() => ({
    text: text(KEYS.text),
    competencyId: text(KEYS.competencyId),
    form: FORMS.find((form) => form === text(KEYS.form)) ?? '',
    month: /^\d{4}-\d{2}$/.test(text(KEYS.month)) ? text(KEYS.month) : '',
    mode: MODES.find((mode) => mode === text(KEYS.mode)) ?? '',
    freeOnly: text(KEYS.freeOnly) === '1',
    openOnly: text(KEYS.openOnly) === '1',
  }));

  function update(patch: Partial<CatalogFilter>): void {
    const next = { ...filter.value, ...patch };
    const query: Record<string, string> = {};
    for (const [field, key] of Object.entries(KEYS) as [keyof CatalogFilter, string][]) {
      const value = next[field];
      if (value === true) query[key] = '1';
      else if (typeof value === 'string' && value !== '') query[key] = value;
    }
    void router.replace({ query });
  }

  const { result, loading, error } = useQuery(TrainingCatalogDocument, () => {
    const { competencyId, form, month } = filter.value;
    const search = filter.value.text.trim();
    return {
      first: CATALOG_PAGE_SIZE,
      filter: {
        ...(search && { text: search }),
        ...(competencyId && { competencyId }),
        ...(form && { form }),
        ...(month && { month }),
      },
    };
  });
  const competencies = useQuery(CompetencyOptionsDocument);

  return {
    filter,
    update,
    trainings: computed(() =>
      narrowCatalog(
        (result.value?.trainings.edges ?? []).map((edge) => edge.node),
        filter.value,
      ),
    ),
    totalCount: computed(() => result.value?.trainings.totalCount ?? 0),
    competencies: computed(() => competencies.result.value?.competencies ?? []),
    loading,
    error,
  };
}
