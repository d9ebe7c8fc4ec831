// The team competency matrix's summaries (docs/domain.md, "The team matrix"): per competency column, how many are below
// standard, the mean gap and the worst gap over the people whose position requires it; per unit, the share of
// people in each JPM mapping category.
import type { LevelPair, MappingCategory } from './jpm.js';

export interface ColumnSummary {
  /** The people whose position requires the competency. */
  employeesRequired: number;
  belowStandard: number;
  /** Mean of current − required, rounded half away from zero to 2 decimals; null when nobody requires it. */
  meanGap: number | null;
  /** The most negative gap (or the smallest surplus); null when nobody requires it. */
  worstGap: number | null;
}

export function summarizeColumn(cells: readonly LevelPair[]): ColumnSummary {
  if (cells.length === 0) return { employeesRequired: 0, belowStandard: 0, meanGap: null, worstGap: null };
  const gaps = cells.map((cell) => cell.currentLevel - cell.requiredLevel);
  const total = gaps.reduce((sum, gap) => sum + gap, 0);
  return {
    employeesRequired: cells.length,
    belowStandard: gaps.filter((gap) => gap < 0).length,
    meanGap: (Math.sign(total) * Math.round((Math.abs(total) / cells.length) * 100)) / 100,
    worstGap: Math.min(...gaps),
  };
}

export interface CategoryShare {
  category: MappingCategory;
  count: number;
  /** Share of the people in the matrix, 0-1, rounded to 4 decimals. */
  share: number;
}

const CATEGORIES: MappingCategory[] = ['OPTIMAL', 'CUKUP_OPTIMAL', 'KURANG_OPTIMAL'];

export function categoryShares(categories: readonly MappingCategory[]): CategoryShare[] {
  return CATEGORIES.map((category) => {
    const count = categories.filter((each) => each === category).length;
    return { category, count, share: categories.length ? Math.round((count / categories.length) * 10000) / 10000 : 0 };
  });
}
