// The training side of a career move (CareerOption.trainingPlan; docs/domain.md, "Career paths"): the
// leadership training of the target level (met when completed), one catalog training per competency gap with its
// next open session, total JP and cost, and the earliest eligible date = the latest of the date the experience is
// met and the end dates of the sessions still needed.
import { closesGap } from './training-level.js';

export interface PlanGap {
  competencyId: number;
  requiredLevel: number;
  currentLevel: number;
}

export interface PlanTraining {
  id: number;
  code: string;
  jp: number;
  costPerParticipant: number;
  competencies: { competencyId: number; maxLevel: number }[];
  /** The next session still open for registration, if any. */
  nextSession: { id: number; endDate: string } | null;
}

export interface PlannedStep {
  training: PlanTraining;
  competencyId: number | null;
}

export interface CareerTrainingPlan {
  leadershipMet: boolean;
  leadership: PlanTraining | null;
  steps: PlannedStep[];
  /** Gaps no catalog training develops far enough. */
  uncovered: number[];
  totalJp: number;
  totalCost: number;
  /** null when a needed training has no open session. */
  earliestEligibleDate: string | null;
}

/** The training for a gap: reaches the required level; cheapest, then fewest JP, then lowest id. */
export function pickTrainingForGap(gap: PlanGap, catalog: PlanTraining[]): PlanTraining | null {
  const fitting = catalog.filter((training) =>
    training.competencies.some(
      (c) => c.competencyId === gap.competencyId && closesGap(gap.currentLevel, gap.requiredLevel, c.maxLevel),
    ),
  );
  fitting.sort((a, b) => a.costPerParticipant - b.costPerParticipant || a.jp - b.jp || a.id - b.id);
  return fitting[0] ?? null;
}

export function planCareerTraining(input: {
  gaps: PlanGap[];
  leadership: PlanTraining | null;
  leadershipMet: boolean;
  experienceMetOn: string;
  catalog: PlanTraining[];
}): CareerTrainingPlan {
  const steps: PlannedStep[] = [];
  const uncovered: number[] = [];
  if (input.leadership && !input.leadershipMet) steps.push({ training: input.leadership, competencyId: null });
  for (const gap of input.gaps.filter((g) => g.currentLevel < g.requiredLevel)) {
    const training = pickTrainingForGap(gap, input.catalog);
    if (!training) uncovered.push(gap.competencyId);
    else steps.push({ training, competencyId: gap.competencyId });
  }
  // One training may close several gaps: it is taken (and paid) once.
  const distinct = [...new Map(steps.map((step) => [step.training.id, step.training])).values()];
  const endDates = distinct.map((training) => training.nextSession?.endDate ?? null);
  const earliestEligibleDate = endDates.includes(null)
    ? null
    : [input.experienceMetOn, ...(endDates as string[])].sort().at(-1)!;
  return {
    leadershipMet: input.leadershipMet,
    leadership: input.leadership,
    steps,
    uncovered,
    totalJp: distinct.reduce((sum, training) => sum + training.jp, 0),
    totalCost: distinct.reduce((sum, training) => sum + training.costPerParticipant, 0),
    earliestEligibleDate,
  };
}
