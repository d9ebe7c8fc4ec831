// Training needs analysis of a unit (docs/domain.md, "Training needs analysis"): which catalog trainings close the
// unit's competency gaps, ranked by gap closed per rupiah and fitted greedily to the unit's budget for the year.
//
// What "gap closed" means here (personnel sends only aggregates per competency: employeesBelow n and totalDeficit D):
// - a training that develops competency c up to level m can take a participant at best to level m, so it closes at
//   most m levels for one person; nobody needs more than the unit's remaining deficit, so for c it closes
//   min(remaining D_c, n_c × m);
// - it is given to the n_c members below the standard; a training that develops several gap competencies is given
//   to the largest of those groups (the groups are assumed to overlap): participants = max n_c, cost = participants ×
//   cost per participant;
// - ratio = Σ_c gap closed / cost; a free training (many non-classical forms) ranks above every paid one.
// Greedy: take the best ratio (ties: more gap closed, then cheaper, then lower id) that still fits the remaining
// budget and still closes something, subtract what it closes from the remaining deficits, repeat until none fits.

export interface GapInput {
  competencyId: number;
  employeesBelow: number;
  totalDeficit: number;
}

export interface CandidateTraining {
  trainingId: number;
  costPerParticipant: number;
  competencies: { competencyId: number; maxLevel: number }[];
}

export interface Recommendation {
  trainingId: number;
  participants: number;
  cost: number;
  gapClosed: number;
  /** Levels closed per competency. */
  closes: { competencyId: number; levels: number }[];
}

export interface NeedsAnalysisResult {
  recommendations: Recommendation[];
  spent: number;
  remainingBudget: number;
  /** Deficit left per competency after the recommendations. */
  remainingDeficits: Map<number, number>;
}

function evaluate(candidate: CandidateTraining, gaps: Map<number, GapInput>, remaining: Map<number, number>) {
  let participants = 0;
  const closes: { competencyId: number; levels: number }[] = [];
  for (const { competencyId, maxLevel } of candidate.competencies) {
    const gap = gaps.get(competencyId);
    const left = remaining.get(competencyId) ?? 0;
    if (!gap || left <= 0 || gap.employeesBelow <= 0) continue;
    const levels = Math.min(left, gap.employeesBelow * maxLevel);
    closes.push({ competencyId, levels });
    participants = Math.max(participants, gap.employeesBelow);
  }
  const gapClosed = closes.reduce((sum, close) => sum + close.levels, 0);
  return { participants, closes, gapClosed, cost: participants * candidate.costPerParticipant };
}

/** Gap closed per rupiah, for ranking; free trainings rank first. */
export function closedPerRupiah(gapClosed: number, cost: number): number {
  return cost === 0 ? Number.POSITIVE_INFINITY : gapClosed / cost;
}

export function analyseNeeds(
  gapList: GapInput[],
  candidates: CandidateTraining[],
  budget: number,
): NeedsAnalysisResult {
  const gaps = new Map(gapList.map((gap) => [gap.competencyId, gap]));
  const remaining = new Map(gapList.map((gap) => [gap.competencyId, gap.totalDeficit]));
  const open = [...candidates];
  const recommendations: Recommendation[] = [];
  let left = budget;
  for (;;) {
    const ranked = open
      .map((candidate) => ({ candidate, ...evaluate(candidate, gaps, remaining) }))
      .filter((option) => option.gapClosed > 0 && option.cost <= left)
      // Infinity − Infinity is NaN, which `||` skips: the tie-breakers then order free trainings.
      .sort(
        (a, b) =>
          closedPerRupiah(b.gapClosed, b.cost) - closedPerRupiah(a.gapClosed, a.cost) ||
          b.gapClosed - a.gapClosed ||
          a.cost - b.cost ||
          a.candidate.trainingId - b.candidate.trainingId,
      );
    const best = ranked[0];
    if (!best) break;
    recommendations.push({
      trainingId: best.candidate.trainingId,
      participants: best.participants,
      cost: best.cost,
      gapClosed: best.gapClosed,
      closes: best.closes,
    });
    left -= best.cost;
    for (const { competencyId, levels } of best.closes) {
      remaining.set(competencyId, (remaining.get(competencyId) ?? 0) - levels);
    }
    open.splice(open.indexOf(best.candidate), 1);
  }
  return { recommendations, spent: budget - left, remainingBudget: left, remainingDeficits: remaining };
}
