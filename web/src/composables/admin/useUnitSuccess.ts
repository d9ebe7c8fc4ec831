// Measuring success: one unit's trend over the given years (the AdminUnitSuccess query), oldest year first.
import { useQuery } from '@vue/apollo-composable';
import { computed, type Ref } from 'vue';
import { AdminUnitSuccessDocument } from '../../graphql/generated/graphql';

export function useUnitSuccess(unitId: Ref<string | null>, years: readonly number[]) {
  const query = useQuery(
    AdminUnitSuccessDocument,
    () => ({ unitId: unitId.value ?? '', years: [...years] }),
    () => ({ enabled: !!unitId.value, fetchPolicy: 'cache-and-network' }),
  );
  return {
    unitName: computed(() => query.result.value?.unit?.name ?? ''),
    rows: computed(() => query.result.value?.unit?.successTrend ?? []),
    loading: query.loading,
    error: query.error,
    refetch: () => query.refetch(),
  };
}
