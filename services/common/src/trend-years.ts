// The years a trend is asked for: 1 to TREND_YEARS_MAX distinct calendar years, none after the current one (a trend
// looks back). Pure: each subgraph throws its own BAD_USER_INPUT when this says no.

export const TREND_YEARS_MAX = 6;

/** The years sorted oldest first without repeats, or null when they are not a trend's years. */
export function trendYears(years: readonly number[], thisYear: number): number[] | null {
  const distinct = [...new Set(years)].sort((a, b) => a - b);
  if (distinct.length < 1 || distinct.length > TREND_YEARS_MAX) return null;
  return distinct.every((year) => Number.isInteger(year) && year >= 2000 && year <= thisYear) ? distinct : null;
}
