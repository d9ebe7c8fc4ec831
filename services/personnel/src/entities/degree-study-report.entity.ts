import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { DateScalar } from '@asn/common';

@ObjectType({ description: "A semester's progress report of a degree study." })
@Entity('degree_study_report')
@Index(['studyId', 'semester'], { unique: true })
export class DegreeStudyReport {
  @Field(() => ID, { description: 'Stable identifier of the report.' })
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int', name: 'study_id' })
  studyId: number;

  @Field(() => Int, { description: 'Semester reported, from 1.' })
  @Column({ type: 'int' })
  semester: number;

  /** Kept in hundredths so both databases store it exactly; `gpa` reads it as a number. */
  @Column({ type: 'int', name: 'gpa_hundredths' })
  gpaHundredths: number;

  @Field(() => Int, { description: 'Credits (SKS) earned so far.' })
  @Column({ type: 'int', name: 'credits_earned' })
  creditsEarned: number;

  @Field(() => String, { nullable: true, description: 'What the employee reports (courses, thesis progress).' })
  @Column({ type: 'varchar', length: 1000, nullable: true })
  note: string | null;

  @Field(() => DateScalar, { description: 'The day it was reported.' })
  @Column({ type: 'date', name: 'reported_on' })
  reportedOn: string;
}
