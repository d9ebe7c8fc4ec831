// An internship (magang) or secondment (detasering) at a host organisation (docs/domain.md, "Placements"): proposed
// by the employee or an administrator, approved or refused by the manager or an administrator, closed with the
// host's report. Completed, it counts its JP in the year of its end date and, unless the host judged it KURANG,
// proves the competencies it targeted up to their target levels. Pure verdicts; the service throws them.

export const PLACEMENT_KINDS = ['MAGANG', 'DETASERING'] as const;
export type PlacementKind = (typeof PLACEMENT_KINDS)[number];
export const PLACEMENT_STATUSES = ['PROPOSED', 'APPROVED', 'REJECTED', 'COMPLETED'] as const;
export type PlacementStatus = (typeof PLACEMENT_STATUSES)[number];
export const HOST_ASSESSMENTS = ['SANGAT_BAIK', 'BAIK', 'CUKUP', 'KURANG'] as const;
export type HostAssessment = (typeof HOST_ASSESSMENTS)[number];

/** A placement lasts at most a year: a longer stay elsewhere is a transfer, not development. */
export const MAX_PLACEMENT_DAYS = 366;
/** Competencies a placement may target: a handful, so each goal is one the host can judge. */
export const MAX_PLACEMENT_COMPETENCIES = 5;
/** JP a placement may credit: a year's full-time working days (about 8 JP a day). */
export const MAX_PLACEMENT_JP = 2000;

export type PlacementReason = 'PLACEMENT_DATE_IN_PAST' | 'END_BEFORE_START' | 'PLACEMENT_TOO_LONG' | 'COMPETENCY_TWICE';
export type Verdict = { field: string; reason: PlacementReason } | null;

export interface PlacementPlan {
  startsOn: string;
  endsOn: string;
  competencyIds: number[];
}

const dayNumber = (date: string) => Date.parse(`${date}T00:00:00Z`) / 86_400_000;

/** Whether a proposal may be filed. `earliestStart` is today for the employee's own proposal; null for one an
 *  administrator enters from papers, which may record a placement already under way or done. */
export function checkPlacement(plan: PlacementPlan, earliestStart: string | null): Verdict {
  if (earliestStart !== null && plan.startsOn < earliestStart)
    return { field: 'input.startsOn', reason: 'PLACEMENT_DATE_IN_PAST' };
  if (plan.endsOn < plan.startsOn) return { field: 'input.endsOn', reason: 'END_BEFORE_START' };
  if (dayNumber(plan.endsOn) - dayNumber(plan.startsOn) + 1 > MAX_PLACEMENT_DAYS) {
    return { field: 'input.endsOn', reason: 'PLACEMENT_TOO_LONG' };
  }
  if (new Set(plan.competencyIds).size !== plan.competencyIds.length) {
    return { field: 'input.competencies', reason: 'COMPETENCY_TWICE' };
  }
  return null;
}

/** The statuses a placement may move to from `from`. */
const NEXT: Record<PlacementStatus, PlacementStatus[]> = {
  PROPOSED: ['APPROVED', 'REJECTED'],
  APPROVED: ['COMPLETED'],
  REJECTED: [],
  COMPLETED: [],
};

export function canMove(from: PlacementStatus, to: PlacementStatus): boolean {
  return NEXT[from].includes(to);
}

/** A completed placement the host judged at least CUKUP proves what it targeted. */
export function isEvidence(status: PlacementStatus, assessment: HostAssessment | null): boolean {
  return status === 'COMPLETED' && assessment !== null && assessment !== 'KURANG';
}
