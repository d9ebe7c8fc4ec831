// One career option as the planner draws it: where it leads, how ready the ASN is, what is unmet, and what closes
// each gap (trainings with their next session, schemes) with the estimate. The composable shapes the API into this.
import type { SelectionCategory } from '../utils/tones';

export type CareerMoveKind = 'VERTICAL' | 'HORIZONTAL' | 'DIAGONAL';

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

/** The items `addTrainingsToPlan` takes for an option: each recommended training once, with its next session. */
export function planItemsOf(option: CareerOptionView): { trainingId: string; sessionId?: string }[] {
  const seen = new Set<string>();
  return option.trainings.flatMap((training) => {
    if (seen.has(training.trainingId)) return [];
    seen.add(training.trainingId);
    return [{ trainingId: training.trainingId, ...(training.sessionId && { sessionId: training.sessionId }) }];
  });
}
