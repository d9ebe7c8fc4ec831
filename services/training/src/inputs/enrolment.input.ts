import { Field, ID, InputType, Int } from 'type-graphql';
import { FollowUpKind } from '../types/follow-up-kind.enum.js';

@InputType({ description: 'Ask for a seat in a session.' })
export class RequestEnrolmentInput {
  @Field(() => ID, { description: 'The employee to enrol (yourself, or one of your people).' })
  employeeId: string;

  @Field(() => ID, { description: 'The session (angkatan).' })
  sessionId: string;

  @Field(() => String, {
    nullable: true,
    description:
      'A key the client makes up for this request (e.g. a UUID; up to 64 letters, digits, "-" and "_"). The same ' +
      'request sent again with the same key, by a retrying client or load balancer after the first attempt ' +
      'succeeded, answers the enrolment that attempt made instead of failing with ALREADY_ENROLLED.',
  })
  requestKey?: string;
}

@InputType({ description: 'A decision on an enrolment: approve, reject, cancel or record attendance.' })
export class EnrolmentDecisionInput {
  @Field(() => ID, { description: 'The enrolment.' })
  enrolmentId: string;

  @Field(() => String, { nullable: true, description: 'Reason or remark, kept on the enrolment.' })
  note?: string;
}

@InputType({ description: 'The results of an attended training.' })
export class RecordResultsInput {
  @Field(() => ID, { description: 'The enrolment.' })
  enrolmentId: string;

  @Field(() => Boolean, {
    description:
      'Finished the training. The enrolment is COMPLETED (JP credited) only when the post-test, if taken, reaches the ' +
      'pass mark of the JP settings; below it, or when not finished, it is FAILED (no JP).',
  })
  completed: boolean;

  @Field(() => Int, { nullable: true, description: 'Pre-test score, 0–100.' })
  preTestScore?: number;

  @Field(() => Int, { nullable: true, description: 'Post-test score, 0–100.' })
  postTestScore?: number;

  @Field(() => String, { nullable: true, description: 'Number of the completion certificate (STTPP).' })
  certificateNumber?: string;
}

@InputType({ description: 'The participant’s reaction to a training.' })
export class RecordReactionInput {
  @Field(() => ID, { description: 'Your enrolment.' })
  enrolmentId: string;

  @Field(() => Int, { description: 'Rating 1 (poor) – 5 (excellent).' })
  rating: number;

  @Field(() => String, { nullable: true, description: 'Comment.' })
  comment?: string;
}

@InputType({ description: 'The manager’s rating, months later, of how the trainee applies the training.' })
export class RateApplicationInput {
  @Field(() => ID, { description: 'The completed enrolment.' })
  enrolmentId: string;

  @Field(() => Int, {
    description: '1 not at all, 2 rarely, 3 partly, 4 mostly, 5 fully; 3 or more counts as applying it.',
  })
  rating: number;

  @Field(() => FollowUpKind, { nullable: true, description: 'Follow-up for a trainee who does not apply it.' })
  followUp?: FollowUpKind;
}

@InputType({ description: 'The manager’s answer to a follow-up proposed from a low application rating.' })
export class DecideFollowUpInput {
  @Field(() => ID, { description: 'The rated enrolment that proposed the follow-up.' })
  enrolmentId: string;

  @Field(() => Boolean, {
    description:
      'Accept (a follow-up training goes into the plan of the year its session ends; a mentorship is started with startMentorship first) or dismiss.',
  })
  accept: boolean;

  @Field(() => ID, {
    nullable: true,
    description: 'The session of the follow-up training; required to accept a FOLLOW_UP_TRAINING, else not given.',
  })
  sessionId?: string;
}

@InputType({ description: 'Closes the re-assessment a passed training proposed (scheduled, or not needed).' })
export class CloseReassessmentProposalInput {
  @Field(() => ID, { description: 'The passed enrolment.' })
  enrolmentId: string;
}
