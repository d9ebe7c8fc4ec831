// One career option as the planner draws it: where it leads, how ready the ASN is, what is unmet, and what closes
// each gap (trainings with their next session, schemes) with the estimate. The composable shapes the API into this.
import type { CareerMoveKind, SelectionCategory } from '../graphql/generated/graphql';

export interface OptionGap {
  competencyId: string;
  name: string;
  requiredLevel: number;
  currentLevel: number;
  gap: number;
  /** Certification schemes that certify the competency: another way to show the level. */
  schemes: string[];
}

export interface OptionRequirement {
  /** GOLONGAN, EDUCATION, YEARS_IN_POSITION, PERFORMANCE, AGE, LEADERSHIP_TRAINING, CERTIFICATE … */
  kind: string;
  isMet: boolean;
  required: string;
  actual: string | null;
  metOn: string | null;
}

export interface OptionTraining {
  trainingId: string;
  sessionId: string | null;
  title: string;
  /** The competency it develops; null for the leadership training. */
  competencyName: string | null;
  jp: number;
  cost: number;
  nextSessionStart: string | null;
  nextSessionEnd: string | null;
}

export interface OptionScheme {
  id: string;
  name: string;
  isMet: boolean;
}

export interface CareerOptionView {
  positionId: string;
  positionName: string;
  unitName: string | null;
  kind: CareerMoveKind;
  /** Position names from the current one to the target. */
  path: string[];
  rank: number;
  jpm: number;
  selectionCategory: SelectionCategory;
  gaps: OptionGap[];
  requirements: OptionRequirement[];
  trainings: OptionTraining[];
  /** Gaps no catalog training closes. */
  uncovered: string[];
  schemes: OptionScheme[];
  totalJp: number | null;
  totalCost: number | null;
  earliestEligibleDate: string | null;
}

/**
 * When the move can happen at the earliest: the later of the day the personnel requirements are met and the day
 * the needed trainings end (both ISO dates); null when either cannot be foreseen yet.
 */
export function latestDate(personnel: string | null, training: string | null): string | null {
  if (personnel === null || training === null) return null;
  return personnel > training ? personnel : training;
}

export interface PlanItem {
  trainingId: string;
  sessionId?: string;
}

/**
 * The items `addTrainingsToPlan` takes for an option, by plan year: each recommended training once, with its next
 * session, in the plan of the year that session ends (its JP belong to that year; the server refuses any other);
 * a training without a session goes into `year`'s plan.
 */
export function planItemsOf(option: CareerOptionView, year: number): Map<number, PlanItem[]> {
  const seen = new Set<string>();
  const byYear = new Map<number, PlanItem[]>();
  for (const training of option.trainings) {
    if (seen.has(training.trainingId)) continue;
    seen.add(training.trainingId);
    const planYear = training.sessionId && training.nextSessionEnd ? Number(training.nextSessionEnd.slice(0, 4)) : year;
    const item = { trainingId: training.trainingId, ...(training.sessionId && { sessionId: training.sessionId }) };
    byYear.set(planYear, [...(byYear.get(planYear) ?? []), item]);
  }
  return byYear;
}
