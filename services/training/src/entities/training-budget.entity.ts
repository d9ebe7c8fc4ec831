import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

@ObjectType({ description: 'A unit’s training budget for a year.' })
@Entity('training_budget')
@Index(['unitId', 'year'], { unique: true })
export class TrainingBudget {
  @Field(() => ID, { description: 'Stable identifier of the budget row.' })
  @PrimaryGeneratedColumn()
  id: number;

  @Field(() => ID, { description: 'The unit (personnel’s Unit id).' })
  @Column({ type: 'int', name: 'unit_id' })
  unitId: number;

  @Column({ type: 'int', name: 'agency_id' })
  agencyId: number;

  @Field(() => Int, { description: 'The calendar year.' })
  @Column({ type: 'int' })
  year: number;

  @Field(() => Int, { description: 'Amount in whole rupiah.' })
  @Column({ type: 'int' })
  amount: number;
}
