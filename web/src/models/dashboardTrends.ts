// The view model of the AdminDashboardTrends query: one row per year with the share of PNS at the JP target, the
// share of employees in each JPM mapping category (both in percent) and the training spend.
import type { AdminDashboardTrendsQuery, MappingCategory } from '../graphql/generated/graphql';

type ApiUnit = NonNullable<AdminDashboardTrendsQuery['unit']>;

export interface DashboardTrendYear {
  year: number;
  /** Percent of PNS at or above the JP target; null without PNS or without any JP recorded that year (no data). */
  jpCompliance: number | null;
  /** Percent of employees with a standard in each category (0–100, one decimal). */
  jpm: Record<MappingCategory, number>;
  /** Cost of the agency's granted seats whose session ends in the year. */
  spend: number;
}

export function dashboardTrendRows(unit: ApiUnit | null | undefined): DashboardTrendYear[] {
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
}
