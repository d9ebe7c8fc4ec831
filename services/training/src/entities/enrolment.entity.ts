import { DateScalar } from '@asn/common';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Training } from './training.entity.js';
import { TrainingSession } from './training-session.entity.js';
import { EnrolmentStatus } from '../types/enrolment-status.enum.js';
import { FollowUpDecision } from '../types/follow-up-decision.enum.js';
import { FollowUpKind } from '../types/follow-up-kind.enum.js';

@Directive('@key(fields: "id")')
@ObjectType({ description: 'An employee enrolled in a training session, with its outcome and evaluation.' })
@Entity('enrolment')
// One live enrolment per employee per session: liveSessionId is NULL once the enrolment is cancelled or rejected,
// and both SQLite and MySQL let NULLs repeat in a unique index.
@Index(['employeeId', 'liveSessionId'], { unique: true })
export class Enrolment {
  @Field(() => ID, { description: 'Stable identifier of the enrolment.' })
  @PrimaryGeneratedColumn()
  id: number;

  @Index()
  @Column({ type: 'int', name: 'employee_id' })
  employeeId: number;

  @Index()
  @Column({ type: 'int', name: 'session_id' })
  sessionId: number;

  @Column({ type: 'int', name: 'live_session_id', nullable: true })
  liveSessionId: number | null;

  @Index()
  @Column({ type: 'int', name: 'training_id' })
  trainingId: number;

  /** The employee's agency at request time (from the requester's identity), for agency scoping. */
  @Column({ type: 'int', name: 'agency_id' })
  agencyId: number;

  /** The client's key for the request that made this enrolment (RequestEnrolmentInput.requestKey), if it sent one. */
  @Column({ type: 'varchar', length: 64, name: 'request_key', nullable: true })
  requestKey: string | null;

  @Field(() => EnrolmentStatus, { description: 'Where the enrolment stands.' })
  @Column({ type: 'varchar', length: 20 })
  status: EnrolmentStatus;

  @Field(() => DateScalar, { description: 'When the seat was requested.' })
  @Column({ type: 'date', name: 'requested_on' })
  requestedOn: string;

  @Field(() => Int, { nullable: true, description: 'Pre-test score, 0–100.' })
  @Column({ type: 'int', name: 'pre_test_score', nullable: true })
  preTestScore: number | null;

  @Field(() => Int, { nullable: true, description: 'Post-test score, 0–100.' })
  @Column({ type: 'int', name: 'post_test_score', nullable: true })
  postTestScore: number | null;

  @Column({ type: 'int', name: 'reaction_rating', nullable: true })
  reactionRating: number | null;

  @Column({ type: 'varchar', length: 1000, name: 'reaction_comment', nullable: true })
  reactionComment: string | null;

  @Column({ type: 'int', name: 'application_rating', nullable: true })
  applicationRating: number | null;

  @Field(() => DateScalar, { nullable: true, description: 'When the manager rated how the trainee applies it.' })
  @Column({ type: 'date', name: 'application_rated_on', nullable: true })
  applicationRatedOn: string | null;

  @Field(() => FollowUpKind, { nullable: true, description: 'Follow-up chosen for a trainee who does not apply it.' })
  @Column({ type: 'varchar', length: 30, name: 'follow_up', nullable: true })
  followUp: FollowUpKind | null;

  @Field(() => FollowUpDecision, {
    nullable: true,
    description: 'The manager’s answer to the follow-up; null while it is proposed (or none was).',
  })
  @Column({ type: 'varchar', length: 10, name: 'follow_up_decision', nullable: true })
  followUpDecision: FollowUpDecision | null;

  @Field(() => DateScalar, { nullable: true, description: 'When the manager answered the follow-up.' })
  @Column({ type: 'date', name: 'follow_up_decided_on', nullable: true })
  followUpDecidedOn: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'When the manager closed the re-assessment this passed training proposed.',
  })
  @Column({ type: 'date', name: 'reassessment_closed_on', nullable: true })
  reassessmentClosedOn: string | null;

  @Field(() => Int, { nullable: true, description: 'JP credited on completion; null until completed.' })
  @Column({ type: 'int', name: 'jp_credited', nullable: true })
  jpCredited: number | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'End date of the completed activity: its JP count in this year.',
  })
  @Column({ type: 'date', name: 'completed_on', nullable: true })
  completedOn: string | null;

  @Field(() => String, { nullable: true, description: 'Number of the completion certificate (STTPP), if any.' })
  @Column({ type: 'varchar', length: 100, name: 'certificate_number', nullable: true })
  certificateNumber: string | null;

  @Field(() => String, { nullable: true, description: 'Note of the last decision (rejection or cancellation reason).' })
  @Column({ type: 'varchar', length: 500, name: 'decision_note', nullable: true })
  decisionNote: string | null;

  @ManyToOne(() => TrainingSession, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'session_id' })
  session?: Relation<TrainingSession>;

  @ManyToOne(() => Training, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'training_id' })
  training?: Relation<Training>;
}
