// Training needs analysis of a unit (docs/domain.md, "Training needs analysis"): which catalog trainings close the
// unit's competency gaps, ranked by gap closed per rupiah and fitted greedily to the unit's budget for the year.
//
// What "gap closed" means here (personnel sends, per competency, the members below grouped by required and current
// level):
// - a training that develops competency c up to level m closes, for each member, levelsClosed(current, required, m)
//   = max(0, min(m, required) − current) (rules/training-level.ts, the career planner's rule too); for c it closes
//   the sum over members. Two people at 1 of 3 and a training to level 2: 2 levels, and 2 remain;
// - it is given to the members it closes something for; a training that develops several gap competencies is given
//   to the largest of those groups (the groups are assumed to overlap): participants = max over c, cost =
//   participants × cost per participant;
// - ratio = Σ_c gap closed / cost; a free training (many non-classical forms) ranks above every paid one.
// Greedy: take the best ratio (ties: more gap closed, then cheaper, then lower id) that still fits the remaining
// budget and still closes something, subtract what it closes from the remaining deficits, repeat until none fits.
// Per competency (the matrix's column panel), rankForCompetency orders every candidate developing it by the levels
// of that gap alone it closes per rupiah, budget aside: what to pick when one column is the concern.
import { levelsClosed } from './training-level.js';

export interface GapInput {
  competencyId: number;
  /** The members below the standard, grouped by (required, current) level. */
  shortfalls: { requiredLevel: number; currentLevel: number; employees: number }[];
}

type Standing = GapInput['shortfalls'];

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

function deficitOf(standing: Standing): number {
  return standing.reduce(
    (sum, group) => sum + group.employees * Math.max(0, group.requiredLevel - group.currentLevel),
    0,
  );
}

function evaluate(candidate: CandidateTraining, standings: Map<number, Standing>) {
  let participants = 0;
  const closes: { competencyId: number; levels: number }[] = [];
  for (const { competencyId, maxLevel } of candidate.competencies) {
    let levels = 0;
    let trained = 0;
    for (const group of standings.get(competencyId) ?? []) {
      const each = levelsClosed(group.currentLevel, group.requiredLevel, maxLevel);
      if (each === 0) continue;
      levels += each * group.employees;
      trained += group.employees;
    }
    if (levels === 0) continue;
    closes.push({ competencyId, levels });
    participants = Math.max(participants, trained);
  }
  const gapClosed = closes.reduce((sum, close) => sum + close.levels, 0);
  return { participants, closes, gapClosed, cost: participants * candidate.costPerParticipant };
}

/** Gap closed per rupiah, for ranking; free trainings rank first. */
export function closedPerRupiah(gapClosed: number, cost: number): number {
  return cost === 0 ? Number.POSITIVE_INFINITY : gapClosed / cost;
}

export interface CompetencyOption {
  trainingId: number;
  /** Members below the standard it lifts. */
  participants: number;
  cost: number;
  /** Levels of this competency's deficit it closes. */
  gapClosed: number;
}

/** The candidates developing one gap competency, best levels closed per rupiah first (same tie-breakers). */
export function rankForCompetency(gap: GapInput, candidates: CandidateTraining[]): CompetencyOption[] {
  const standings = new Map([[gap.competencyId, gap.shortfalls]]);
  return candidates
    .map((candidate) => {
      const own = candidate.competencies.filter((line) => line.competencyId === gap.competencyId);
      const { participants, gapClosed } = evaluate({ ...candidate, competencies: own }, standings);
      return {
        trainingId: candidate.trainingId,
        participants,
        gapClosed,
        cost: participants * candidate.costPerParticipant,
      };
    })
    .filter((option) => option.gapClosed > 0)
    .sort(
      (a, b) =>
        closedPerRupiah(b.gapClosed, b.cost) - closedPerRupiah(a.gapClosed, a.cost) ||
        b.gapClosed - a.gapClosed ||
        a.cost - b.cost ||
        a.trainingId - b.trainingId,
    );
}

export function analyseNeeds(
  gapList: GapInput[],
  candidates: CandidateTraining[],
  budget: number,
): NeedsAnalysisResult {
  // Where the members stand as the recommendations accumulate.
  const standings = new Map(gapList.map((gap) => [gap.competencyId, gap.shortfalls.map((group) => ({ ...group }))]));
  const open = [...candidates];
  const recommendations: Recommendation[] = [];
  let left = budget;
  for (;;) {
    const ranked = open
      .map((candidate) => ({ candidate, ...evaluate(candidate, standings) }))
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
    for (const { competencyId, maxLevel } of best.candidate.competencies) {
      for (const group of standings.get(competencyId) ?? []) {
        group.currentLevel += levelsClosed(group.currentLevel, group.requiredLevel, maxLevel);
      }
    }
    open.splice(open.indexOf(best.candidate), 1);
  }
  const remainingDeficits = new Map(
    [...standings].map(([competencyId, standing]) => [competencyId, deficitOf(standing)]),
  );
  return { recommendations, spent: budget - left, remainingBudget: left, remainingDeficits };
}
