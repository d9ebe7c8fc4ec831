import { describe, expect, it } from 'vitest';
import { emptyPlanReason } from './career-plan-reason.js';

describe('emptyPlanReason', () => {
  it('says nothing while one target is an option', () => {
    expect(emptyPlanReason(['CLOSED_TO_EMPLOYEE_TYPE', 'OPTION', 'PAST_RETIREMENT_HORIZON'])).toBeNull();
  });

  it('names the missing ladder move when the position leads nowhere', () => {
    expect(emptyPlanReason([])).toBe('NO_LADDER_MOVE');
  });

  it('names the retirement horizon when a target the type may take is reached only after retirement', () => {
    expect(emptyPlanReason(['CLOSED_TO_EMPLOYEE_TYPE', 'PAST_RETIREMENT_HORIZON'])).toBe('PAST_RETIREMENT_HORIZON');
    expect(emptyPlanReason(['PAST_RETIREMENT_HORIZON'])).toBe('PAST_RETIREMENT_HORIZON');
  });

  it('names the employee type when every target is closed to it', () => {
    expect(emptyPlanReason(['CLOSED_TO_EMPLOYEE_TYPE', 'CLOSED_TO_EMPLOYEE_TYPE'])).toBe('CLOSED_TO_EMPLOYEE_TYPE');
  });
});
