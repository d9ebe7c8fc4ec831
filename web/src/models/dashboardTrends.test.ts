import { describe, expect, it } from 'vitest';
import { dashboardTrendRows } from './dashboardTrends';

describe('dashboardTrendRows', () => {
  it('pairs each year’s JP and spend with that year’s JPM shares, in percent', () => {
    const rows = dashboardTrendRows({
      __typename: 'Unit',
      id: '1',
      jpmCategoryTrend: [
        {
          __typename: 'JpmYearShares',
          year: 2025,
          shares: [
            { __typename: 'JpmCategoryShare', category: 'OPTIMAL', count: 1, share: 0.3333 },
            { __typename: 'JpmCategoryShare', category: 'KURANG_OPTIMAL', count: 2, share: 0.6667 },
          ],
        },
      ],
      successTrend: [
        {
          __typename: 'UnitSuccessYear',
          year: 2025,
          spend: 5_000_000,
          pnsMembers: 3,
          pnsAtOrAbove: 1,
          jpComplianceShare: 33.33,
        },
        {
          __typename: 'UnitSuccessYear',
          year: 2026,
          spend: 0,
          pnsMembers: 0,
          pnsAtOrAbove: 0,
          jpComplianceShare: null,
        },
      ],
    });
    expect(rows).toEqual([
      {
        year: 2025,
        jpCompliance: 33.33,
        jpm: { OPTIMAL: 33.3, CUKUP_OPTIMAL: 0, KURANG_OPTIMAL: 66.7 },
        spend: 5_000_000,
      },
      { year: 2026, jpCompliance: null, jpm: { OPTIMAL: 0, CUKUP_OPTIMAL: 0, KURANG_OPTIMAL: 0 }, spend: 0 },
    ]);
    expect(dashboardTrendRows(null)).toEqual([]);
  });
});
