import { describe, expect, it } from 'vitest';
import { EnrolmentStatus } from '../types/enrolment-status.enum.js';
import { PlanStatus } from '../types/plan-status.enum.js';
import { assertPlanEditable, assertPlanTransition } from '../services/development-plan.service.js';
import { assertEnrolmentTransition } from '../services/enrolment-transition.service.js';
import { canMoveEnrolment } from './enrolment-transitions.js';

const S = EnrolmentStatus;

describe('enrolment life cycle', () => {
  it.each([
    [S.REQUESTED, S.APPROVED],
    [S.REQUESTED, S.REJECTED],
    [S.REQUESTED, S.CANCELLED],
    [S.APPROVED, S.ATTENDED],
    [S.APPROVED, S.CANCELLED],
    [S.ATTENDED, S.COMPLETED],
    [S.ATTENDED, S.FAILED],
  ])('allows %s → %s', (from, to) => {
    expect(canMoveEnrolment(from, to)).toBe(true);
  });

  it.each([
    [S.REQUESTED, S.ATTENDED],
    [S.REQUESTED, S.COMPLETED],
    [S.APPROVED, S.REJECTED],
    [S.ATTENDED, S.CANCELLED],
    [S.COMPLETED, S.FAILED],
    [S.CANCELLED, S.APPROVED],
    [S.REJECTED, S.APPROVED],
  ])('refuses %s → %s with INVALID_TRANSITION', (from, to) => {
    expect(() => assertEnrolmentTransition(from, to)).toThrow(
      expect.objectContaining({
        extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', reason: 'INVALID_TRANSITION', from, to }),
      }),
    );
  });
});

describe('development plan life cycle', () => {
  it('goes draft → submitted → returned → submitted → approved', () => {
    expect(() => assertPlanTransition(PlanStatus.DRAFT, PlanStatus.SUBMITTED)).not.toThrow();
    expect(() => assertPlanTransition(PlanStatus.SUBMITTED, PlanStatus.RETURNED)).not.toThrow();
    expect(() => assertPlanTransition(PlanStatus.RETURNED, PlanStatus.SUBMITTED)).not.toThrow();
    expect(() => assertPlanTransition(PlanStatus.SUBMITTED, PlanStatus.APPROVED)).not.toThrow();
  });

  it('refuses approving a draft and editing a submitted or approved plan', () => {
    expect(() => assertPlanTransition(PlanStatus.DRAFT, PlanStatus.APPROVED)).toThrow(/cannot change/);
    expect(() => assertPlanEditable(PlanStatus.SUBMITTED)).toThrow(/cannot change/);
    expect(() => assertPlanEditable(PlanStatus.APPROVED)).toThrow(/cannot change/);
    expect(() => assertPlanEditable(PlanStatus.RETURNED)).not.toThrow();
  });
});
