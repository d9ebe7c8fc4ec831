// The training side of a career move (CareerOption.trainingPlan; docs/domain.md, "Career paths"): the
// leadership training of the target level (met when completed), one catalog training per competency gap with its
// next open session, total JP and cost, and the earliest eligible date = the latest of personnel's eligibleOn and the
// end dates of the sessions still needed; null whenever personnel's is (one definition of eligibility). A training
// the person has completed shows as done, one they are enrolled in as in progress (its own session's end counts);
// neither is recommended again nor counted again in JP and cost.
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

export type StepStatus = 'RECOMMENDED' | 'IN_PROGRESS' | 'DONE';

/** A training the person already took or is taking: done, or in progress until its session ends. */
export type Taken = { status: 'DONE' } | { status: 'IN_PROGRESS'; endDate: string };

export interface PlannedStep {
  training: PlanTraining;
  competencyId: number | null;
  status: StepStatus;
}

export interface CareerTrainingPlan {
  leadershipMet: boolean;
  leadership: PlanTraining | null;
  steps: PlannedStep[];
  /** Gaps no catalog training develops far enough. */
  uncovered: number[];
  /** JP and cost of the recommended trainings only (each once). */
  totalJp: number;
  /** JP of the recommended trainings already in the person's development plan: part of totalJp. */
  plannedJp: number;
  totalCost: number;
  /** null when personnel's eligibleOn is, or a recommended training has no open session. */
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
  /** Personnel's eligibleOn: every personnel requirement of the path met; null when one cannot be dated. */
  eligibleOn: string | null;
  catalog: PlanTraining[];
  /** Trainings by id the person completed or is enrolled in. */
  taken: ReadonlyMap<number, Taken>;
  /** Trainings by id in the person's development plans still ahead (this year's and next). */
  planned?: ReadonlySet<number>;
}): CareerTrainingPlan {
  const steps: PlannedStep[] = [];
  const uncovered: number[] = [];
  const statusOf = (training: PlanTraining): StepStatus => input.taken.get(training.id)?.status ?? 'RECOMMENDED';
  if (input.leadership && !input.leadershipMet) {
    steps.push({ training: input.leadership, competencyId: null, status: statusOf(input.leadership) });
  }
  const takenTrainings = input.catalog.filter((training) => input.taken.has(training.id));
  for (const gap of input.gaps.filter((g) => g.currentLevel < g.requiredLevel)) {
    // One the person already took or is taking closes the gap before any new recommendation.
    const training = pickTrainingForGap(gap, takenTrainings) ?? pickTrainingForGap(gap, input.catalog);
    if (!training) uncovered.push(gap.competencyId);
    else steps.push({ training, competencyId: gap.competencyId, status: statusOf(training) });
  }
  // One training may close several gaps: it is taken (and paid) once.
  const distinct = [...new Map(steps.map((step) => [step.training.id, step])).values()];
  const recommended = distinct.filter((step) => step.status === 'RECOMMENDED').map((step) => step.training);
  const endDates = distinct.flatMap((step) => {
    const taken = input.taken.get(step.training.id);
    if (taken?.status === 'DONE') return [];
    if (taken?.status === 'IN_PROGRESS') return [taken.endDate];
    return [step.training.nextSession?.endDate ?? null];
  });
  const earliestEligibleDate =
    input.eligibleOn === null || endDates.includes(null)
      ? null
      : [input.eligibleOn, ...(endDates as string[])].sort().at(-1)!;
  return {
    leadershipMet: input.leadershipMet,
    leadership: input.leadership,
    steps,
    uncovered,
    totalJp: recommended.reduce((sum, training) => sum + training.jp, 0),
    plannedJp: recommended
      .filter((training) => input.planned?.has(training.id))
      .reduce((sum, training) => sum + training.jp, 0),
    totalCost: recommended.reduce((sum, training) => sum + training.costPerParticipant, 0),
    earliestEligibleDate,
  };
}
