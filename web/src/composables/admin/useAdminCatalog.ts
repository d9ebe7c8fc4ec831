// The administrator's catalog: trainings matching a search (retired ones too), and what the training form picks
// from (providers, competencies, trainings that can be prerequisites).
import { useQuery } from '@vue/apollo-composable';
import { computed, reactive, toRef } from 'vue';
import {
  AdminCatalogOptionsDocument,
  AdminCatalogTrainingsDocument,
  type TrainingCategory,
  type TrainingForm,
} from '../../graphql/generated/graphql';
import { useDebounced } from '../useDebounced';

export function useAdminCatalog() {
  const filter = reactive({
    text: '',
    category: null as TrainingCategory | null,
    form: null as TrainingForm | null,
    includeRetired: true,
    ownOnly: false,
  });
  const text = useDebounced(toRef(filter, 'text'));
  const variables = computed(() => ({
    filter: {
      includeRetired: filter.includeRetired,
      ...(filter.ownOnly && { ownOnly: true }),
      ...(text.value.trim() && { text: text.value.trim() }),
      ...(filter.category && { category: filter.category }),
      ...(filter.form && { form: filter.form }),
    },
  }));
  const list = useQuery(AdminCatalogTrainingsDocument, variables, { fetchPolicy: 'cache-and-network' });
  const options = useQuery(AdminCatalogOptionsDocument, {}, { fetchPolicy: 'cache-and-network' });
  return {
    filter,
    trainings: computed(() => list.result.value?.trainings.edges.map((edge) => edge.node) ?? []),
    totalCount: computed(() => list.result.value?.trainings.totalCount ?? 0),
    loading: list.loading,
    error: list.error,
    refetch: () => Promise.all([list.refetch(), options.refetch()]),
    providers: computed(() => options.result.value?.trainingProviders ?? []),
    competencies: computed(() => options.result.value?.competencies ?? []),
    prerequisiteOptions: computed(() => options.result.value?.trainings.edges.map((edge) => edge.node) ?? []),
    optionsError: options.error,
  };
}
