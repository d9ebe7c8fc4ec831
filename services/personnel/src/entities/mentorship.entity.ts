import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { DateScalar } from '@asn/common';
import type { MentorshipOutcomeValue } from '../rules/mentorship.js';
import { MentorshipOutcome } from '../types/mentorship.enums.js';

@ObjectType({ description: 'A mentorship: a more senior mentor guides a mentee on focus competencies.' })
@Entity('mentorship')
export class Mentorship {
  @Field(() => ID, { description: 'Stable identifier of the mentorship.' })
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int', name: 'agency_id' })
  agencyId: number;

  @Index()
  @Column({ type: 'int', name: 'mentor_id' })
  mentorId: number;

  @Index()
  @Column({ type: 'int', name: 'mentee_id' })
  menteeId: number;

  @Field(() => DateScalar, { description: 'First day.' })
  @Column({ type: 'date', name: 'starts_on' })
  startsOn: string;

  @Field(() => DateScalar, { nullable: true, description: 'Last day; null while it runs.' })
  @Column({ type: 'date', name: 'ends_on', nullable: true })
  endsOn: string | null;

  @Field(() => MentorshipOutcome, { nullable: true, description: 'How it ended; null while it runs.' })
  @Column({ type: 'varchar', length: 20, nullable: true })
  outcome: MentorshipOutcomeValue | null;

  @Field(() => String, { nullable: true, description: 'What the outcome rests on, in a few words.' })
  @Column({ type: 'varchar', length: 500, name: 'outcome_note', nullable: true })
  outcomeNote: string | null;
}
