import { Field, ID, InputType, Int } from 'type-graphql';
import { DateScalar } from '@asn/common';
import type { AssessmentSource as AssessmentSourceValue } from '../rules/current-level.js';
import { AssessmentSource } from '../types/assessment-source.enum.js';

@InputType({ description: "An assessment of one employee's level in one competency." })
export class RecordAssessmentInput {
  @Field(() => ID, { description: 'The employee assessed.' })
  employeeId: string;

  @Field(() => ID, { description: 'The competency.' })
  competencyId: string;

  @Field(() => Int, { description: 'Level 1-5.' })
  level: number;

  @Field(() => AssessmentSource, {
    description: 'SELF (the employee), MANAGER (their manager or an admin), ASSESSMENT_CENTER (admins).',
  })
  source: AssessmentSourceValue;

  @Field(() => DateScalar, { description: 'Date of the assessment; not after today.' })
  assessedOn: string;

  @Field(() => String, { nullable: true, description: 'Assessor; defaults by source.' })
  assessor?: string;

  @Field(() => String, { nullable: true, description: 'Evidence note (at most 500 characters).' })
  evidence?: string;
}

@InputType({ description: "The assessment centre's CSV export: columns nip, competency_code, level, date." })
export class ImportAssessmentsInput {
  @Field(() => String, { description: 'The CSV text with its header line; comma or semicolon separated.' })
  csv: string;

  @Field(() => String, { defaultValue: 'Assessment Center', description: 'Assessor recorded on every row.' })
  assessor: string;

  @Field(() => Boolean, {
    defaultValue: false,
    description: 'Check every row as an import would, report the same problems, and save nothing (the preview).',
  })
  dryRun: boolean;
}
