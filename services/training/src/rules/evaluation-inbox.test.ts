import { describe, expect, it } from 'vitest';
import { isApplicationRatingDue, isFollowUpProposed, isReassessmentProposed } from './evaluation-inbox.js';
import { EnrolmentStatus } from '../types/enrolment-status.enum.js';
import { FollowUpDecision } from '../types/follow-up-decision.enum.js';
import { FollowUpKind } from '../types/follow-up-kind.enum.js';

const completed = {
  status: EnrolmentStatus.COMPLETED,
  completedOn: '2026-03-31',
  postTestScore: 80,
  applicationRating: null,
  followUp: null,
  followUpDecision: null,
  reassessmentClosedOn: null,
};

describe('what a completed training asks of the manager', () => {
  it('makes the application rating due three months after completion, the short month taking its last day', () => {
    // 31 March + 3 months = 30 June.
    expect(isApplicationRatingDue(completed, '2026-06-29')).toBe(false);
    expect(isApplicationRatingDue(completed, '2026-06-30')).toBe(true);
    expect(isApplicationRatingDue({ ...completed, applicationRating: 4 }, '2026-07-30')).toBe(false);
    expect(isApplicationRatingDue({ ...completed, status: EnrolmentStatus.FAILED }, '2026-07-30')).toBe(false);
  });

  it("waits the agency's own months before the application rating is due", () => {
    expect(isApplicationRatingDue(completed, '2026-04-30', 1)).toBe(true);
    expect(isApplicationRatingDue(completed, '2026-04-29', 1)).toBe(false);
    expect(isApplicationRatingDue(completed, '2026-06-30', 6)).toBe(false);
  });

  it('proposes a follow-up for a rating below 3 with a follow-up kind, until the manager answers', () => {
    const low = { ...completed, applicationRating: 2, followUp: FollowUpKind.MENTORING };
    expect(isFollowUpProposed(low)).toBe(true);
    expect(isFollowUpProposed({ ...low, applicationRating: 3 })).toBe(false);
    expect(isFollowUpProposed({ ...low, followUp: null })).toBe(false);
    expect(isFollowUpProposed({ ...low, followUpDecision: FollowUpDecision.DISMISSED })).toBe(false);
  });

  it('proposes a re-assessment from a passed post-test for a year, until closed', () => {
    expect(isReassessmentProposed(completed, '2027-03-30', 70)).toBe(true);
    expect(isReassessmentProposed(completed, '2027-03-31', 70)).toBe(false);
    expect(isReassessmentProposed({ ...completed, postTestScore: 69 }, '2026-04-01', 70)).toBe(false);
    expect(isReassessmentProposed({ ...completed, postTestScore: null }, '2026-04-01', 70)).toBe(false);
    expect(isReassessmentProposed({ ...completed, reassessmentClosedOn: '2026-04-02' }, '2026-04-03', 70)).toBe(false);
  });

  it("keeps proposing a re-assessment for the agency's own window", () => {
    expect(isReassessmentProposed(completed, '2027-03-31', 70, 18)).toBe(true);
    expect(isReassessmentProposed(completed, '2026-09-30', 70, 6)).toBe(false);
    expect(isReassessmentProposed(completed, '2026-09-29', 70, 6)).toBe(true);
  });
});
