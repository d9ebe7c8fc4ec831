import { DateScalar } from '@asn/common';
import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { ResponseSource as SourceValue } from '../rules/needs-survey.js';
import { SurveyResponseSource } from '../types/needs-survey.enums.js';

@ObjectType({ description: 'An answer to a needs survey: the competencies and forms someone proposes.' })
@Entity('needs_survey_response')
@Index(['surveyId', 'employeeId', 'source'], { unique: true })
export class NeedsSurveyResponse {
  @Field(() => ID, { description: 'Stable identifier of the answer.' })
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int', name: 'survey_id' })
  surveyId: number;

  @Column({ type: 'int', name: 'employee_id' })
  employeeId: number;

  @Field(() => SurveyResponseSource, { description: 'A member for themself, or the head for the unit.' })
  @Column({ type: 'varchar', length: 8 })
  source: SourceValue;

  /** The forms wanted, comma-separated TrainingForm values (at most three). */
  @Column({ type: 'varchar', length: 60 })
  forms: string;

  @Field(() => String, { nullable: true, description: 'A free note: what they want to be able to do.' })
  @Column({ type: 'varchar', length: 1000, nullable: true })
  note: string | null;

  @Field(() => DateScalar, { description: 'The day it was last submitted.' })
  @Column({ type: 'date', name: 'submitted_on' })
  submittedOn: string;
}
