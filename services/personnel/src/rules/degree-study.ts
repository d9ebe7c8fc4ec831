// A degree study (tugas belajar / izin belajar) and its workflow (docs/domain.md, "Degree study"): the employee
// applies, their manager then an administrator approve; while studying they report each semester; an administrator
// records the graduation. Pure verdicts; the service throws them.
import { startedMonthsBetween } from './calendar.js';
import { meetsEducation, type EducationLevel } from './education.js';
import type { DegreeStudyKind } from './service-bond.js';

export const DEGREE_LEVELS = ['D3', 'D4', 'S1', 'S2', 'S3'] as const satisfies readonly EducationLevel[];
export type DegreeLevel = (typeof DEGREE_LEVELS)[number];
export const DEGREE_STUDY_STATUSES = ['PENDING_MANAGER', 'PENDING_ADMIN', 'APPROVED', 'REJECTED', 'GRADUATED'] as const;
export type DegreeStudyStatus = (typeof DEGREE_STUDY_STATUSES)[number];
export const DEGREE_FUNDINGS = ['APBD', 'SCHOLARSHIP', 'SELF'] as const;
export type DegreeFunding = (typeof DEGREE_FUNDINGS)[number];
export type ApprovalStage = 'MANAGER' | 'ADMIN';

/** The longest study an agency grants (a doctorate's usual upper bound): 6 years. */
export const MAX_STUDY_MONTHS = 72;
/** A semester number a report may carry: at most 14 (seven years). */
export const MAX_SEMESTER = 14;

export type Verdict = { field: string; reason: DegreeStudyReason } | null;
export type DegreeStudyReason =
  'DEGREE_NOT_HIGHER' | 'FUNDING_KIND_MISMATCH' | 'DATE_IN_PAST' | 'END_BEFORE_START' | 'STUDY_TOO_LONG';

export interface Application {
  kind: DegreeStudyKind;
  level: DegreeLevel;
  funding: DegreeFunding;
  startsOn: string;
  expectedEndOn: string;
}

/** Whether an application by someone holding `held` may be filed. `earliestStart` is today for the employee's own
 *  application; null for one an administrator enters from papers, which may record a study already under way. */
export function checkApplication(
  application: Application,
  held: EducationLevel,
  earliestStart: string | null,
): Verdict {
  if (meetsEducation(held, application.level)) return { field: 'input.level', reason: 'DEGREE_NOT_HIGHER' };
  // A tugas belajar is paid by the agency or a sponsor's scholarship; an izin belajar by the employee.
  if ((application.kind === 'IZIN_BELAJAR') !== (application.funding === 'SELF')) {
    return { field: 'input.funding', reason: 'FUNDING_KIND_MISMATCH' };
  }
  if (earliestStart !== null && application.startsOn < earliestStart)
    return { field: 'input.startsOn', reason: 'DATE_IN_PAST' };
  if (application.expectedEndOn <= application.startsOn)
    return { field: 'input.expectedEndOn', reason: 'END_BEFORE_START' };
  if (startedMonthsBetween(application.startsOn, application.expectedEndOn) > MAX_STUDY_MONTHS) {
    return { field: 'input.expectedEndOn', reason: 'STUDY_TOO_LONG' };
  }
  return null;
}

/** Who decides an application in this status, or null when it awaits no decision. */
export function approvalStage(status: DegreeStudyStatus): ApprovalStage | null {
  if (status === 'PENDING_MANAGER') return 'MANAGER';
  if (status === 'PENDING_ADMIN') return 'ADMIN';
  return null;
}

/** The status after an approval: the manager passes it to an administrator, who grants the study. */
export function statusAfterApproval(stage: ApprovalStage): DegreeStudyStatus {
  return stage === 'MANAGER' ? 'PENDING_ADMIN' : 'APPROVED';
}
