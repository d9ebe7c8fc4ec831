import { describe, expect, it } from 'vitest';
import { TREND_YEARS_MAX, trendYears } from './trend-years.js';

describe('trendYears', () => {
  it('sorts the years and drops repeats', () => {
    expect(trendYears([2026, 2024, 2025, 2024], 2026)).toEqual([2024, 2025, 2026]);
  });

  it('refuses none, too many, a future year and a year before 2000', () => {
    expect(trendYears([], 2026)).toBeNull();
    expect(
      trendYears(
        Array.from({ length: TREND_YEARS_MAX + 1 }, (_, i) => 2020 + i),
        2026,
      ),
    ).toBeNull();
    expect(trendYears([2027], 2026)).toBeNull();
    expect(trendYears([1999], 2026)).toBeNull();
  });
});
