// Why a career planner has no options (docs/domain.md, "Career paths": a planner with no options says why): each target
// the ladder reaches from the current position either becomes an option, is closed to the employee's type (a PPPK holds
// no structural post, docs/domain.md "Employees"), or can only be reached after the retirement horizon (docs/domain.md
// "Retirement age": the planner's horizon ends there). The verdict names the reason that applies to all of them.

/** What became of one target the ladder reaches. */
export type TargetFate = 'OPTION' | 'CLOSED_TO_EMPLOYEE_TYPE' | 'PAST_RETIREMENT_HORIZON';

export type EmptyPlanReason = 'NO_LADDER_MOVE' | 'CLOSED_TO_EMPLOYEE_TYPE' | 'PAST_RETIREMENT_HORIZON';

/**
 * Null when at least one target is an option. Otherwise: no target at all is NO_LADDER_MOVE; a target the employee's
 * type could take but only after retirement makes it PAST_RETIREMENT_HORIZON (time, not the type, is what stops
 * them); only targets closed to the type make it CLOSED_TO_EMPLOYEE_TYPE.
 */
export function emptyPlanReason(fates: readonly TargetFate[]): EmptyPlanReason | null {
  if (fates.length === 0) return 'NO_LADDER_MOVE';
  if (fates.includes('OPTION')) return null;
  return fates.includes('PAST_RETIREMENT_HORIZON') ? 'PAST_RETIREMENT_HORIZON' : 'CLOSED_TO_EMPLOYEE_TYPE';
}
