// Job Person Match, readiness for a position (docs/domain.md, "Gap and readiness"): formula A (BKN practice,
// capped at 100) or B (strict), chosen per agency; rounded half up to 2 decimals before it is categorised.

export type JpmFormula = 'BKN' | 'STRICT';

/** One competency of a standard: the level the position requires and the employee's current level (0 if none). */
export interface LevelPair {
  requiredLevel: number;
  currentLevel: number;
}

/** n / d × 100 rounded half up to 2 decimals, in integers so 96.295 never becomes 96.29 by binary rounding. */
function percentHalfUp(numerator: number, denominator: number): number {
  const hundredths = Math.floor((numerator * 10000 * 2 + denominator) / (2 * denominator));
  return hundredths / 100;
}

/** JPM in percent, 0-100; a position with no required levels is a full match. */
export function computeJpm(pairs: readonly LevelPair[], formula: JpmFormula): number {
  const required = pairs.reduce((sum, pair) => sum + pair.requiredLevel, 0);
  if (required === 0) return 100;
  const held = pairs.reduce(
    (sum, pair) => sum + (formula === 'STRICT' ? Math.min(pair.currentLevel, pair.requiredLevel) : pair.currentLevel),
    0,
  );
  return Math.min(100, percentHalfUp(held, required));
}

/** The competency gap index: IKK = 100 − JPM. */
export function gapIndex(jpm: number): number {
  return Math.round((100 - jpm) * 100) / 100;
}

export type MappingCategory = 'OPTIMAL' | 'CUKUP_OPTIMAL' | 'KURANG_OPTIMAL';
export type SelectionCategory = 'MEMENUHI_SYARAT' | 'MASIH_MEMENUHI_SYARAT' | 'KURANG_MEMENUHI_SYARAT';

/** The team matrix's scheme: ≥ 90 Optimal, 78 – < 90 Cukup Optimal, < 78 Kurang Optimal. */
export function mappingCategory(jpm: number): MappingCategory {
  if (jpm >= 90) return 'OPTIMAL';
  if (jpm >= 78) return 'CUKUP_OPTIMAL';
  return 'KURANG_OPTIMAL';
}

/** The career planner's scheme: ≥ 80 Memenuhi Syarat, 68 – < 80 Masih Memenuhi Syarat, < 68 Kurang. */
export function selectionCategory(jpm: number): SelectionCategory {
  if (jpm >= 80) return 'MEMENUHI_SYARAT';
  if (jpm >= 68) return 'MASIH_MEMENUHI_SYARAT';
  return 'KURANG_MEMENUHI_SYARAT';
}
