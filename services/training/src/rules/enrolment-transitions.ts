// The life cycle of an enrolment (docs/domain.md, "Development plans"): requested → approved → attended → completed or
// failed; a request may be rejected, and a request or an approved seat cancelled. Every other change is refused.
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
