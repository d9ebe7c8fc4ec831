import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateScalar } from '@asn/common';
import type { AssessmentSource as AssessmentSourceValue } from '../rules/current-level.js';
import { AssessmentSource } from './assessment-source.enum.js';

@ObjectType({
  description:
    'The current level of a competency: the latest assessment from the most authoritative source (assessment centre over manager over self).',
})
export class CurrentLevel {
  @Field(() => ID, { description: 'The competency.' })
  competencyId: string;

  @Field(() => Int, { description: 'Current level, 1-5.' })
  level: number;

  @Field(() => AssessmentSource, { description: 'Source of the assessment the level comes from.' })
  source: AssessmentSourceValue;

  @Field(() => DateScalar, { description: 'Date of that assessment.' })
  assessedOn: string;

  @Field(() => Boolean, { description: "Older than the agency's validity (default 3 years): shown as stale." })
  stale: boolean;
}
