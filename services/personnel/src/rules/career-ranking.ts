// Readiness order of an employee's career options (our order, the regulation sets none: docs/domain.md):
// options whose personnel requirements are all met first, then higher Job Person Match, then fewer moves, then the
// earlier eligible date (an unforeseeable one last), then the position id so the order is stable.

export interface RankedFacts {
  positionId: number;
  requirementsMet: boolean;
  jpm: number;
  steps: number;
  /** Null when a requirement cannot be foreseen. */
  eligibleOn: string | null;
}

function compare(a: RankedFacts, b: RankedFacts): number {
  if (a.requirementsMet !== b.requirementsMet) return a.requirementsMet ? -1 : 1;
  if (a.jpm !== b.jpm) return b.jpm - a.jpm;
  if (a.steps !== b.steps) return a.steps - b.steps;
  if (a.eligibleOn !== b.eligibleOn) {
    if (a.eligibleOn === null) return 1;
    if (b.eligibleOn === null) return -1;
    return a.eligibleOn < b.eligibleOn ? -1 : 1;
  }
  return a.positionId - b.positionId;
}

/** The options in readiness order, each with its rank from 1. */
export function rankOptions<T extends RankedFacts>(options: readonly T[]): (T & { rank: number })[] {
  return [...options].sort(compare).map((option, index) => ({ ...option, rank: index + 1 }));
}
