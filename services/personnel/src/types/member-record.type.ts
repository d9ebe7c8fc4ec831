import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { DateScalar } from '@asn/common';
import type { AssessmentSource as AssessmentSourceValue } from '../rules/current-level.js';
import type { PerformancePredikat as PredikatValue } from '../rules/talent-box.js';
import { AssessmentSource } from './assessment-source.enum.js';
import { PerformancePredikat } from './talent.enums.js';

/** Declared identically in training, which @requires it for Unit.successTrend (docs/architecture.md). */
@Directive('@shareable')
@ObjectType({ description: "One member's performance predikat of one year." })
export class MemberRating {
  @Field(() => ID, { description: 'The employee.' })
  employeeId: string;

  @Field(() => Int, { description: 'The year rated.' })
  year: number;

  @Field(() => PerformancePredikat, { description: 'The predikat of that year.' })
  predikat: PredikatValue;
}

/** Declared identically in training, which @requires it for Unit.successTrend (docs/architecture.md). */
@Directive('@shareable')
@ObjectType({ description: "One assessment of a member's level in a competency." })
export class MemberAssessment {
  @Field(() => ID, { description: 'The employee.' })
  employeeId: string;

  @Field(() => ID, { description: 'The competency.' })
  competencyId: string;

  @Field(() => Int, { description: 'Level assessed, 1-5.' })
  level: number;

  @Field(() => AssessmentSource, { description: 'Who assessed.' })
  source: AssessmentSourceValue;

  @Field(() => DateScalar, { description: 'Date of the assessment.' })
  assessedOn: string;
}
