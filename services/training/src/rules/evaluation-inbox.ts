// What a completed training later asks of the manager (docs/domain.md, "Evaluating training"): rate, some months on,
// how the trainee applies it; answer the follow-up a low rating proposed; consider re-assessing what a passed
// training developed.
import { addMonths } from '@asn/common';
import { isApplying } from './evaluation.js';
import { EnrolmentStatus } from '../types/enrolment-status.enum.js';
import type { FollowUpDecision } from '../types/follow-up-decision.enum.js';
import type { FollowUpKind } from '../types/follow-up-kind.enum.js';

/** Default months after completion when application can be judged: behaviour is rated "some months" on. */
export const APPLICATION_RATING_AFTER_MONTHS = 3;

/** Default months a passed training proposes a re-assessment: after a year the periodic assessment has seen it. */
export const REASSESSMENT_PROPOSAL_MONTHS = 12;

export interface EvaluatedEnrolment {
  status: EnrolmentStatus;
  completedOn: string | null;
  postTestScore: number | null;
  applicationRating: number | null;
  followUp: FollowUpKind | null;
  followUpDecision: FollowUpDecision | null;
  reassessmentClosedOn: string | null;
}

/** Completed, not yet rated, and the agency's months to judge application have passed. */
export function isApplicationRatingDue(
  enrolment: EvaluatedEnrolment,
  today: string,
  afterMonths = APPLICATION_RATING_AFTER_MONTHS,
): boolean {
  return (
    enrolment.status === EnrolmentStatus.COMPLETED &&
    enrolment.applicationRating === null &&
    enrolment.completedOn !== null &&
    addMonths(enrolment.completedOn, afterMonths) <= today
  );
}

/** Rated as not applying it, with a follow-up the manager has not answered yet. */
export function isFollowUpProposed(enrolment: EvaluatedEnrolment): boolean {
  return (
    enrolment.applicationRating !== null &&
    !isApplying(enrolment.applicationRating) &&
    enrolment.followUp !== null &&
    enrolment.followUpDecision === null
  );
}

/** A passed post-test is dated evidence; it proposes a re-assessment until closed or the agency's window has gone by. */
export function isReassessmentProposed(
  enrolment: EvaluatedEnrolment,
  today: string,
  passScore: number,
  windowMonths = REASSESSMENT_PROPOSAL_MONTHS,
): boolean {
  return (
    enrolment.status === EnrolmentStatus.COMPLETED &&
    enrolment.postTestScore !== null &&
    enrolment.postTestScore >= passScore &&
    enrolment.completedOn !== null &&
    enrolment.reassessmentClosedOn === null &&
    addMonths(enrolment.completedOn, windowMonths) > today
  );
}
