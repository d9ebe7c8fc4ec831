// A unit's competency gaps over its members (Unit.competencyGaps; docs/domain.md): per competency of the members'
// position standards, how many members are below the required level and the sum of max(0, required − current).

export interface MemberStanding {
  standard: readonly { competencyId: number; requiredLevel: number }[];
  /** Current level per competency; a competency not in the map was never assessed and counts as 0. */
  levels: ReadonlyMap<number, number>;
}

export interface CompetencyGapSum {
  competencyId: number;
  /** Members whose standard has the competency: the people behind the figures. */
  people: number;
  employeesBelow: number;
  totalDeficit: number;
}

/** One entry per competency any member's standard has, ordered by competency id. */
export function unitCompetencyGaps(members: readonly MemberStanding[]): CompetencyGapSum[] {
  const sums = new Map<number, CompetencyGapSum>();
  for (const member of members) {
    for (const { competencyId, requiredLevel } of member.standard) {
      const sum = sums.get(competencyId) ?? { competencyId, people: 0, employeesBelow: 0, totalDeficit: 0 };
      sum.people += 1;
      const deficit = Math.max(0, requiredLevel - (member.levels.get(competencyId) ?? 0));
      if (deficit > 0) {
        sum.employeesBelow += 1;
        sum.totalDeficit += deficit;
      }
      sums.set(competencyId, sum);
    }
  }
  return [...sums.values()].sort((a, b) => a.competencyId - b.competencyId);
}
