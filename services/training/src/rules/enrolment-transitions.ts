// The life cycle of an enrolment (docs/domain.md, "Development plans"): requested → approved → attended → completed or
// failed; a request may be rejected, and a request or an approved seat cancelled. Every other change is refused.
// Completed is finished with a pass: a post-test below the pass mark makes the enrolment failed.
import { invalidTransition } from '../errors.js';
import { EnrolmentStatus } from '../types/enrolment-status.enum.js';

const NEXT: Record<EnrolmentStatus, EnrolmentStatus[]> = {
  [EnrolmentStatus.REQUESTED]: [EnrolmentStatus.APPROVED, EnrolmentStatus.REJECTED, EnrolmentStatus.CANCELLED],
  [EnrolmentStatus.APPROVED]: [EnrolmentStatus.ATTENDED, EnrolmentStatus.CANCELLED],
  [EnrolmentStatus.ATTENDED]: [EnrolmentStatus.COMPLETED, EnrolmentStatus.FAILED],
  [EnrolmentStatus.COMPLETED]: [],
  [EnrolmentStatus.FAILED]: [],
  [EnrolmentStatus.CANCELLED]: [],
  [EnrolmentStatus.REJECTED]: [],
};

export function canMoveEnrolment(from: EnrolmentStatus, to: EnrolmentStatus): boolean {
  return NEXT[from].includes(to);
}

export function assertEnrolmentTransition(from: EnrolmentStatus, to: EnrolmentStatus): void {
  if (!canMoveEnrolment(from, to)) throw invalidTransition('input.enrolmentId', from, to);
}

/** Whether a post-test score reaches the pass mark (the agency's jp_setting row); null when no post-test was taken. */
export function passesPostTest(postTestScore: number | null, passMark: number): boolean | null {
  return postTestScore === null ? null : postTestScore >= passMark;
}
