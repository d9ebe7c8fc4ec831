// The life cycle of a development plan (docs/domain.md, "Development plans"): draft → submitted → approved or returned;
// a returned plan is edited and submitted again. Items change only while the plan is a draft or returned.
// A verdict only: the services refuse what it does not allow.
import type { PlanStatus } from '../types/plan-status.enum.js';

type Status = `${PlanStatus}`;

const NEXT: Record<Status, Status[]> = {
  DRAFT: ['SUBMITTED'],
  SUBMITTED: ['APPROVED', 'RETURNED'],
  RETURNED: ['SUBMITTED'],
  APPROVED: [],
};

export function canMovePlan(from: Status, to: Status): boolean {
  return NEXT[from].includes(to);
}

/** Items are added or removed only while the plan is a draft or returned. */
export function isPlanEditable(status: Status): boolean {
  return status === 'DRAFT' || status === 'RETURNED';
}
