import { parseId } from '@asn/common';
import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../context.js';
import { Enrolment } from '../entities/enrolment.entity.js';
import {
  CloseReassessmentProposalInput,
  DecideFollowUpInput,
  EnrolmentDecisionInput,
  RateApplicationInput,
  RecordReactionInput,
  RecordResultsInput,
  RequestEnrolmentInput,
} from '../inputs/enrolment.input.js';
import { rateApplication, recordReaction, recordResults } from '../services/enrolment-outcome.service.js';
import { closeReassessmentProposal, decideFollowUp } from '../services/follow-up.service.js';
import { requestEnrolment } from '../services/enrolment-request.service.js';
import { transitionEnrolment } from '../services/enrolment-transition.service.js';
import { EnrolmentStatus } from '../types/enrolment-status.enum.js';

const decision = (input: EnrolmentDecisionInput) => ({
  enrolmentId: parseId(input.enrolmentId, 'input.enrolmentId'),
  note: input.note,
});

@Resolver(() => Enrolment)
export class EnrolmentMutationResolver {
  @Mutation(() => Enrolment, {
    description: 'Ask for a seat (yourself, or for one of your people); fails with SESSION_FULL when none is left.',
  })
  requestEnrolment(@Arg('input', () => RequestEnrolmentInput) input: RequestEnrolmentInput, @Ctx() context: Context) {
    return requestEnrolment(
      context,
      parseId(input.employeeId, 'input.employeeId'),
      parseId(input.sessionId, 'input.sessionId'),
      input.requestKey,
    );
  }

  @Mutation(() => Enrolment, { description: 'The manager approves a requested enrolment.' })
  approveEnrolment(@Arg('input', () => EnrolmentDecisionInput) input: EnrolmentDecisionInput, @Ctx() context: Context) {
    return transitionEnrolment(context, decision(input), EnrolmentStatus.APPROVED, 'employee:decide');
  }

  @Mutation(() => Enrolment, { description: 'The manager rejects a requested enrolment; the seat is freed.' })
  rejectEnrolment(@Arg('input', () => EnrolmentDecisionInput) input: EnrolmentDecisionInput, @Ctx() context: Context) {
    return transitionEnrolment(context, decision(input), EnrolmentStatus.REJECTED, 'employee:decide');
  }

  @Mutation(() => Enrolment, { description: 'Withdraw a requested or approved enrolment; the seat is freed.' })
  cancelEnrolment(@Arg('input', () => EnrolmentDecisionInput) input: EnrolmentDecisionInput, @Ctx() context: Context) {
    return transitionEnrolment(context, decision(input), EnrolmentStatus.CANCELLED, 'employee:request');
  }

  @Mutation(() => Enrolment, { description: 'The manager records that an approved participant attended.' })
  recordAttendance(@Arg('input', () => EnrolmentDecisionInput) input: EnrolmentDecisionInput, @Ctx() context: Context) {
    return transitionEnrolment(context, decision(input), EnrolmentStatus.ATTENDED, 'employee:decide');
  }

  @Mutation(() => Enrolment, {
    description: 'The manager records the results: completed (JP credited) or failed, with test scores.',
  })
  recordResults(@Arg('input', () => RecordResultsInput) input: RecordResultsInput, @Ctx() context: Context) {
    return recordResults(context, input);
  }

  @Mutation(() => Enrolment, { description: 'The participant rates the training and comments on it.' })
  recordReaction(@Arg('input', () => RecordReactionInput) input: RecordReactionInput, @Ctx() context: Context) {
    return recordReaction(context, input);
  }

  @Mutation(() => Enrolment, {
    description: 'The manager rates, months later, how the trainee applies a completed training.',
  })
  rateApplication(@Arg('input', () => RateApplicationInput) input: RateApplicationInput, @Ctx() context: Context) {
    return rateApplication(context, input);
  }

  @Mutation(() => Enrolment, {
    description:
      'The manager accepts or dismisses the follow-up a low application rating proposed; an accepted follow-up training goes into the plan of the year its session ends.',
  })
  decideFollowUp(@Arg('input', () => DecideFollowUpInput) input: DecideFollowUpInput, @Ctx() context: Context) {
    return decideFollowUp(context, input);
  }

  @Mutation(() => Enrolment, {
    description: 'The manager closes the re-assessment a passed training proposed (scheduled, or not needed).',
  })
  closeReassessmentProposal(
    @Arg('input', () => CloseReassessmentProposalInput) input: CloseReassessmentProposalInput,
    @Ctx() context: Context,
  ) {
    return closeReassessmentProposal(context, input);
  }
}
