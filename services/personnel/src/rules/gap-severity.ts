// How serious a competency's gap is (docs/domain.md, "Gap and readiness"): met at or above the required level, minor
// one level short, major two or more short; the matrix and the employee page colour a level by it.

export const GAP_SEVERITIES = ['MET', 'MINOR', 'MAJOR'] as const;
export type GapSeverity = (typeof GAP_SEVERITIES)[number];

/** The severity of a gap (current − required level; not assessed counts as level 0). */
export function gapSeverity(gap: number): GapSeverity {
  if (gap >= 0) return 'MET';
  return gap === -1 ? 'MINOR' : 'MAJOR';
}
