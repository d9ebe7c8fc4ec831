import { decimalTransformer } from '@asn/common';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** The result level of training evaluation (docs/domain.md, "Evaluating training"): the public-satisfaction index
 *  (IKM) of a unit's services for a year, from its survey (PermenPANRB 14/2017), entered by the administrator. */
@ObjectType({ description: 'A unit’s public-satisfaction index (IKM, 25–100) for a year.' })
@Entity('unit_satisfaction')
@Index(['unitId', 'year'], { unique: true })
export class UnitSatisfaction {
  @Field(() => ID, { description: 'Stable identifier of the row.' })
  @PrimaryGeneratedColumn()
  id: number;

  @Field(() => ID, { description: 'The unit (personnel’s Unit id).' })
  @Column({ type: 'int', name: 'unit_id' })
  unitId: number;

  @Column({ type: 'int', name: 'agency_id' })
  agencyId: number;

  @Field(() => Int, { description: 'The calendar year surveyed.' })
  @Column({ type: 'int' })
  year: number;

  @Field(() => Float, { description: 'The IKM, 25.00–100.00 (the survey’s converted index).' })
  @Column({ type: 'decimal', precision: 5, scale: 2, transformer: decimalTransformer })
  score: number;
}
