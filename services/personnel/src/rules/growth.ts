// Growth between two dates (docs/domain.md, "Measuring success": people who improve markedly in assessed levels and
// JPM are recognised): per competency the level then and now, and the sums a "most improved" list ranks by.

export interface LevelAt {
  competencyId: number;
  level: number;
}

export interface LevelChange {
  competencyId: number;
  levelFrom: number;
  levelTo: number;
  change: number;
}

/** The competencies whose level differs between the two dates (not assessed counts as 0), by competency id. */
export function levelChanges(from: readonly LevelAt[], to: readonly LevelAt[]): LevelChange[] {
  const before = new Map(from.map((line) => [line.competencyId, line.level] as const));
  const after = new Map(to.map((line) => [line.competencyId, line.level] as const));
  return [...new Set([...before.keys(), ...after.keys()])]
    .sort((a, b) => a - b)
    .map((competencyId) => {
      const levelFrom = before.get(competencyId) ?? 0;
      const levelTo = after.get(competencyId) ?? 0;
      return { competencyId, levelFrom, levelTo, change: levelTo - levelFrom };
    })
    .filter((line) => line.change !== 0);
}

export interface Growth {
  name: string;
  levelGain: number;
  jpmChange: number;
}

/** Most improved first: assessed levels gained, then JPM points gained, then by name; only those who gained. */
export function rankMostImproved<T extends Growth>(rows: readonly T[]): T[] {
  return rows
    .filter((row) => row.levelGain > 0 || row.jpmChange > 0)
    .sort((a, b) => b.levelGain - a.levelGain || b.jpmChange - a.jpmChange || a.name.localeCompare(b.name, 'id'));
}

/** JPM points gained between two JPMs of 2 decimals, free of binary noise (96.3 − 78.57 is 17.73, not 17.730000…01). */
export function jpmPointsGained(from: number, to: number): number {
  return Math.round((to - from) * 100) / 100;
}

/** The last day of the year before: the level a year's growth starts from. */
export function yearStart(year: number): string {
  return `${year - 1}-12-31`;
}
