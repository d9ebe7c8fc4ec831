// The life cycle of an enrolment (docs/domain.md, "Development plans"): requested → approved → attended → completed or
// failed; a request may be rejected, and a request or an approved seat cancelled. Every other change is refused.
// Completed is finished with a pass: a post-test below the pass mark makes the enrolment failed.
// A verdict only: the services refuse what it does not allow.
import type { EnrolmentStatus } from '../types/enrolment-status.enum.js';

type Status = `${EnrolmentStatus}`;

const NEXT: Record<Status, Status[]> = {
  REQUESTED: ['APPROVED', 'REJECTED', 'CANCELLED'],
  APPROVED: ['ATTENDED', 'CANCELLED'],
  ATTENDED: ['COMPLETED', 'FAILED'],
  COMPLETED: [],
  FAILED: [],
  CANCELLED: [],
  REJECTED: [],
};

export function canMoveEnrolment(from: Status, to: Status): boolean {
  return NEXT[from].includes(to);
}

/** Whether a post-test score reaches the pass mark (the agency's jp_setting row); null when no post-test was taken. */
export function passesPostTest(postTestScore: number | null, passMark: number): boolean | null {
  return postTestScore === null ? null : postTestScore >= passMark;
}
