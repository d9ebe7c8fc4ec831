import { DateScalar } from '@asn/common';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

@ObjectType({ description: 'A unit’s yearly training-needs survey: members propose what they want to learn.' })
@Entity('needs_survey')
@Index(['unitId', 'year'], { unique: true })
export class NeedsSurvey {
  @Field(() => ID, { description: 'Stable identifier of the survey.' })
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int', name: 'agency_id' })
  agencyId: number;

  @Column({ type: 'int', name: 'unit_id' })
  unitId: number;

  @Field(() => Int, { description: 'The year whose training it asks about.' })
  @Column({ type: 'int' })
  year: number;

  @Field(() => DateScalar, { description: 'The day it was opened.' })
  @Column({ type: 'date', name: 'opened_on' })
  openedOn: string;

  @Field(() => DateScalar, { description: 'The last day answers are taken.' })
  @Column({ type: 'date', name: 'closes_on' })
  closesOn: string;

  /** The unit's members, from personnel through @requires, when read through the unit: who may answer and count. */
  memberIds?: number[];
}
