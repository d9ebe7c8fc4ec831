// The dashboard's year-over-year trends of the agency's root unit (the AdminDashboardTrends query): per year, the
// share of PNS at the JP target, the share of employees in each JPM mapping category, and the training spend.
import { useQuery } from '@vue/apollo-composable';
import { computed, type Ref } from 'vue';
import { AdminDashboardTrendsDocument, type MappingCategory } from '../../graphql/generated/graphql';

export interface DashboardTrendYear {
  year: number;
  /** Percent of PNS at or above the JP target, or null without PNS. */
  jpCompliance: number | null;
  /** Percent of employees with a standard in each category (0–100). */
  jpm: Record<MappingCategory, number>;
  /** Cost of the agency's granted seats whose session ends in the year. */
  spend: number;
}

export function useDashboardTrends(rootUnitId: Ref<string | null>, years: readonly number[]) {
  const query = useQuery(
    AdminDashboardTrendsDocument,
    () => ({ unitId: rootUnitId.value ?? '', years: [...years] }),
    () => ({ enabled: !!rootUnitId.value, fetchPolicy: 'cache-and-network' }),
  );
  const rows = computed<DashboardTrendYear[]>(() => {
    const unit = query.result.value?.unit;
    if (!unit) return [];
    return (unit.successTrend ?? []).map((year) => {
      const shares = unit.jpmCategoryTrend?.find((each) => each.year === year.year)?.shares ?? [];
      const percent = (category: MappingCategory) =>
        Math.round((shares.find((share) => share.category === category)?.share ?? 0) * 1000) / 10;
      return {
        year: year.year,
        jpCompliance: year.jpComplianceShare ?? null,
        jpm: {
          OPTIMAL: percent('OPTIMAL'),
          CUKUP_OPTIMAL: percent('CUKUP_OPTIMAL'),
          KURANG_OPTIMAL: percent('KURANG_OPTIMAL'),
        },
        spend: year.spend,
      };
    });
  });
  return { rows, loading: query.loading, error: query.error };
}
