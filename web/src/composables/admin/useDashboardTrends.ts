// The dashboard's year-over-year trends of the agency's root unit (the AdminDashboardTrends query), shaped per year
// by models/dashboardTrends.ts.
import { useQuery } from '@vue/apollo-composable';
import { computed, type Ref } from 'vue';
import { AdminDashboardTrendsDocument } from '../../graphql/generated/graphql';
import { dashboardTrendRows } from '../../models/dashboardTrends';

export function useDashboardTrends(rootUnitId: Ref<string | null>, years: readonly number[]) {
  const query = useQuery(
    AdminDashboardTrendsDocument,
    () => ({ unitId: rootUnitId.value ?? '', years: [...years] }),
    () => ({ enabled: !!rootUnitId.value, fetchPolicy: 'cache-and-network' }),
  );
  return {
    rows: computed(() => dashboardTrendRows(query.result.value?.unit)),
    loading: query.loading,
    error: query.error,
  };
}
