import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { DateScalar } from '@asn/common';
import type { AssessmentSource as AssessmentSourceValue } from '../rules/current-level.js';
import { AssessmentSource } from '../types/assessment-source.enum.js';

/** History is kept: assessments are only ever added. */
@ObjectType({ description: "An assessment of an employee's level in a competency; history is kept." })
@Entity('assessment')
@Index(['employeeId', 'competencyId'])
export class Assessment {
  @Field(() => ID, { description: 'Stable identifier of the assessment.' })
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int', name: 'employee_id' })
  employeeId: number;

  @Column({ type: 'int', name: 'competency_id' })
  competencyId: number;

  @Field(() => Int, { description: 'Level assessed, 1-5.' })
  @Column({ type: 'int' })
  level: number;

  @Field(() => AssessmentSource, { description: 'Who assessed.' })
  @Column({ type: 'varchar', length: 20 })
  source: AssessmentSourceValue;

  @Field(() => DateScalar, { description: 'Date of the assessment.' })
  @Column({ type: 'date', name: 'assessed_on' })
  assessedOn: string;

  @Field(() => String, { description: 'Assessor: a person or the assessment centre.' })
  @Column({ type: 'varchar', length: 150 })
  assessor: string;

  @Field(() => String, { nullable: true, description: 'Evidence note.' })
  @Column({ type: 'varchar', length: 500, nullable: true })
  evidence: string | null;
}
