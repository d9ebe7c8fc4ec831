// A unit's competency gaps over its members (Unit.competencyGaps; docs/domain.md): per competency of the members'
// position standards, how many members are below the required level and the sum of max(0, required − current).

export interface MemberStanding {
  standard: readonly { competencyId: number; requiredLevel: number }[];
  /** Current level per competency; a competency not in the map was never assessed and counts as 0. */
  levels: ReadonlyMap<number, number>;
}

/** How many members below the standard stand at one current level against one required level. */
export interface LevelShortfall {
  requiredLevel: number;
  currentLevel: number;
  employees: number;
}

export interface CompetencyGapSum {
  competencyId: number;
  /** Members whose standard has the competency: the people behind the figures. */
  people: number;
  employeesBelow: number;
  totalDeficit: number;
  /** The members below, grouped by (required, current): what a training that develops the competency only up to
   *  some level can close depends on where each member stands, which the two sums cannot say. */
  shortfalls: LevelShortfall[];
}

/** One entry per competency any member's standard has, ordered by competency id. */
export function unitCompetencyGaps(members: readonly MemberStanding[]): CompetencyGapSum[] {
  const sums = new Map<number, CompetencyGapSum>();
  for (const member of members) {
    for (const { competencyId, requiredLevel } of member.standard) {
      const sum = sums.get(competencyId) ?? {
        competencyId,
        people: 0,
        employeesBelow: 0,
        totalDeficit: 0,
        shortfalls: [],
      };
      sum.people += 1;
      const currentLevel = member.levels.get(competencyId) ?? 0;
      const deficit = Math.max(0, requiredLevel - currentLevel);
      if (deficit > 0) {
        sum.employeesBelow += 1;
        sum.totalDeficit += deficit;
        const group = sum.shortfalls.find((s) => s.requiredLevel === requiredLevel && s.currentLevel === currentLevel);
        if (group) group.employees += 1;
        else sum.shortfalls.push({ requiredLevel, currentLevel, employees: 1 });
      }
      sums.set(competencyId, sum);
    }
  }
  for (const sum of sums.values()) {
    sum.shortfalls.sort((a, b) => a.requiredLevel - b.requiredLevel || a.currentLevel - b.currentLevel);
  }
  return [...sums.values()].sort((a, b) => a.competencyId - b.competencyId);
}
