// The life cycle of a development plan (docs/domain.md, "Development plans"): draft → submitted → approved or returned;
// a returned plan is edited and submitted again. Items change only while the plan is a draft or returned.
import { invalidTransition } from '../errors.js';
import { PlanStatus } from '../types/plan-status.enum.js';

const NEXT: Record<PlanStatus, PlanStatus[]> = {
  [PlanStatus.DRAFT]: [PlanStatus.SUBMITTED],
  [PlanStatus.SUBMITTED]: [PlanStatus.APPROVED, PlanStatus.RETURNED],
  [PlanStatus.RETURNED]: [PlanStatus.SUBMITTED],
  [PlanStatus.APPROVED]: [],
};

export function isPlanEditable(status: PlanStatus): boolean {
  return status === PlanStatus.DRAFT || status === PlanStatus.RETURNED;
}

export function assertPlanTransition(from: PlanStatus, to: PlanStatus): void {
  if (!NEXT[from].includes(to)) throw invalidTransition('input.planId', from, to);
}

/** Adding or removing items: refused once the plan is submitted or approved. */
export function assertPlanEditable(status: PlanStatus): void {
  if (!isPlanEditable(status)) throw invalidTransition('input.planId', status, 'EDITED');
}
