import { DateScalar } from '@asn/common';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { ActivityKind as KindValue } from '../rules/partnership.js';
import { PartnershipActivityKind } from '../types/partnership.enums.js';

@ObjectType({ description: 'Something done under a cooperation agreement: a lecture, research, internships, places.' })
@Entity('partnership_activity')
export class PartnershipActivity {
  @Field(() => ID, { description: 'Stable identifier of the activity.' })
  @PrimaryGeneratedColumn()
  id: number;

  @Index()
  @Column({ type: 'int', name: 'partnership_id' })
  partnershipId: number;

  @Field(() => PartnershipActivityKind, { description: 'What kind of activity.' })
  @Column({ type: 'varchar', length: 20 })
  kind: KindValue;

  @Field(() => String, { description: 'What it was (a lecture’s topic, a study’s title).' })
  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Field(() => DateScalar, { description: 'The day it was held (or began).' })
  @Column({ type: 'date', name: 'held_on' })
  heldOn: string;

  @Field(() => Int, { description: 'Employees who took part (or places granted).' })
  @Column({ type: 'int' })
  participants: number;

  /** The internship recorded as a placement, when the activity is one. */
  @Column({ type: 'int', name: 'placement_id', nullable: true })
  placementId: number | null;

  @Field(() => String, { nullable: true, description: 'A note: the outcome, the report’s number.' })
  @Column({ type: 'varchar', length: 1000, nullable: true })
  note: string | null;
}
