// The team competency matrix's summaries (docs/domain.md, "The team matrix"): per competency column, how many are below
// standard, the mean gap and the worst gap over the people whose position requires it; per unit, the share of
// people in each JPM mapping category; the distinct pairs of required and current level with their gap's severity.
import { gapSeverity, type GapSeverity } from './gap-severity.js';
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

export interface LevelPairGap extends LevelPair {
  gap: number;
  severity: GapSeverity;
}

/**
 * Each distinct pair once, by required then current level, with its gap and severity: a matrix of 30,000 cells holds
 * at most 30 pairs, so it says what its levels mean at a fraction of a per-cell answer's size.
 */
export function levelPairGaps(pairs: readonly LevelPair[]): LevelPairGap[] {
  const distinct = new Map(pairs.map((pair) => [`${pair.requiredLevel}:${pair.currentLevel}`, pair] as const));
  return [...distinct.values()]
    .sort((a, b) => a.requiredLevel - b.requiredLevel || a.currentLevel - b.currentLevel)
    .map(({ requiredLevel, currentLevel }) => {
      const gap = currentLevel - requiredLevel;
      return { requiredLevel, currentLevel, gap, severity: gapSeverity(gap) };
    });
}
