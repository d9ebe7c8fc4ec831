import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { PlanStatus } from '../types/plan-status.enum.js';

@ObjectType({ description: 'An individual development plan: the trainings an employee plans for a year.' })
@Entity('development_plan')
@Index(['employeeId', 'year'], { unique: true })
export class DevelopmentPlan {
  @Field(() => ID, { description: 'Stable identifier of the plan.' })
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int', name: 'employee_id' })
  employeeId: number;

  @Column({ type: 'int', name: 'agency_id' })
  agencyId: number;

  @Field(() => Int, { description: 'The calendar year planned.' })
  @Column({ type: 'int' })
  year: number;

  @Field(() => PlanStatus, { description: 'Where the plan stands.' })
  @Column({ type: 'varchar', length: 20 })
  status: PlanStatus;

  @Field(() => String, { nullable: true, description: 'The manager’s note when returning or approving it.' })
  @Column({ type: 'varchar', length: 500, name: 'manager_note', nullable: true })
  managerNote: string | null;
}
