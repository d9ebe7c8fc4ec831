import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { PerformancePredikat as PredikatValue } from '../rules/talent-box.js';
import { PerformancePredikat } from '../types/talent.enums.js';

/** One predikat per employee and year (PermenPANRB 6/2022); the latest year's is the employee's current predikat. */
@ObjectType({ description: "An employee's performance predikat (SKP) for one year." })
@Entity('performance_rating')
@Index(['employeeId', 'year'], { unique: true })
export class PerformanceRating {
  @Field(() => ID, { description: 'Stable identifier of the rating.' })
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int', name: 'employee_id' })
  employeeId: number;

  @Field(() => Int, { description: 'The year rated.' })
  @Column({ type: 'int' })
  year: number;

  @Field(() => PerformancePredikat, { description: 'The predikat of that year.' })
  @Column({ type: 'varchar', length: 20 })
  predikat: PredikatValue;

  @Field(() => String, { description: 'Who set it (the appraising official, pejabat penilai kinerja).' })
  @Column({ type: 'varchar', length: 150, name: 'rated_by' })
  ratedBy: string;
}
