import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { DateScalar } from '@asn/common';
import type { MentorshipLogKindValue } from '../rules/mentorship.js';
import { MentorshipLogKind } from '../types/mentorship.enums.js';

@ObjectType({ description: 'An entry of a mentorship log: a meeting held or a note, on a date.' })
@Entity('mentorship_log')
@Index(['mentorshipId', 'heldOn'])
export class MentorshipLogEntry {
  @Field(() => ID, { description: 'Stable identifier of the entry.' })
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int', name: 'mentorship_id' })
  mentorshipId: number;

  @Field(() => DateScalar, { description: 'The day of the meeting or note.' })
  @Column({ type: 'date', name: 'held_on' })
  heldOn: string;

  @Field(() => MentorshipLogKind, { description: 'A meeting or a note.' })
  @Column({ type: 'varchar', length: 10 })
  kind: MentorshipLogKindValue;

  @Field(() => String, { description: 'What was discussed or noted.' })
  @Column({ type: 'varchar', length: 1000 })
  note: string;
}
