import { DateScalar } from '@asn/common';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Training } from './training.entity.js';
import { SessionMode } from '../types/session-mode.enum.js';

@ObjectType({ description: 'A session (angkatan) of a training: its dates, mode, place and seats.' })
@Entity('training_session')
export class TrainingSession {
  @Field(() => ID, { description: 'Stable identifier of the session.' })
  @PrimaryGeneratedColumn()
  id: number;

  @Index()
  @Column({ type: 'int', name: 'training_id' })
  trainingId: number;

  @Field(() => String, { description: 'Name of the session, e.g. "Angkatan II 2026".' })
  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Field(() => DateScalar, { description: 'First day.' })
  @Index()
  @Column({ type: 'date', name: 'start_date' })
  startDate: string;

  @Field(() => DateScalar, { description: 'Last day; the JP count in the calendar year of this date.' })
  @Column({ type: 'date', name: 'end_date' })
  endDate: string;

  @Field(() => SessionMode, { description: 'Online, offline or blended.' })
  @Column({ type: 'varchar', length: 10 })
  mode: SessionMode;

  @Field(() => String, { description: 'Where it takes place (a city, a campus, or "daring" for online).' })
  @Column({ type: 'varchar', length: 200 })
  location: string;

  @Field(() => Int, { description: 'Seats in the session.' })
  @Column({ type: 'int' })
  capacity: number;

  /** Seats held by live enrolments; raised by a conditional UPDATE so concurrent requests never overbook. */
  @Column({ type: 'int', name: 'seats_taken', default: 0 })
  seatsTaken: number;

  @Field(() => DateScalar, { description: 'Last day to request a seat.' })
  @Column({ type: 'date', name: 'registration_deadline' })
  registrationDeadline: string;

  /** The agency that runs the session; null for national sessions. */
  @Column({ type: 'int', name: 'agency_id', nullable: true })
  agencyId: number | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'When the session was cancelled; its live enrolments were cancelled with it and their seats freed.',
  })
  @Column({ type: 'date', name: 'cancelled_on', nullable: true })
  cancelledOn: string | null;

  @Field(() => String, { nullable: true, description: 'Why the session was cancelled.' })
  @Column({ type: 'varchar', length: 500, name: 'cancel_reason', nullable: true })
  cancelReason: string | null;

  @ManyToOne(() => Training, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'training_id' })
  training?: Relation<Training>;
}
