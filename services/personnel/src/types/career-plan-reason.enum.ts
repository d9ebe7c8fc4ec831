import { registerEnumType } from 'type-graphql';
import { enumOf } from '@asn/common';
import type { EmptyPlanReason } from '../rules/career-plan-reason.js';

export const CAREER_PLAN_EMPTY_REASONS = [
  'NO_LADDER_MOVE',
  'CLOSED_TO_EMPLOYEE_TYPE',
  'PAST_RETIREMENT_HORIZON',
] as const satisfies readonly EmptyPlanReason[];
export const CareerPlanEmptyReason = enumOf(CAREER_PLAN_EMPTY_REASONS);

registerEnumType(CareerPlanEmptyReason, {
  name: 'CareerPlanEmptyReason',
  description:
    'Why an employee has no career options: no move on the ladder from their position, every target closed to their ' +
    'type (PPPK), or every target reachable only after the retirement horizon.',
  valuesConfig: {
    NO_LADDER_MOVE: { description: 'The agency’s career ladder has no move from the employee’s position.' },
    CLOSED_TO_EMPLOYEE_TYPE: { description: 'Every target is a post the employee’s type (PPPK) cannot hold.' },
    PAST_RETIREMENT_HORIZON: { description: 'Every open target could only be reached after the retirement age.' },
  },
});
