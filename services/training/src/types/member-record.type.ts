import { registerEnumType } from 'type-graphql';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { DateScalar } from '@asn/common';

/** Personnel's enums, repeated value for value: enums shared across subgraphs must be identical. */
export enum PerformancePredikat {
  SANGAT_BAIK = 'SANGAT_BAIK',
  BAIK = 'BAIK',
  BUTUH_PERBAIKAN = 'BUTUH_PERBAIKAN',
  KURANG = 'KURANG',
  SANGAT_KURANG = 'SANGAT_KURANG',
}

export enum AssessmentSource {
  ASSESSMENT_CENTER = 'ASSESSMENT_CENTER',
  MANAGER = 'MANAGER',
  SELF = 'SELF',
}

registerEnumType(PerformancePredikat, {
  name: 'PerformancePredikat',
  description: "The year's performance predikat (PermenPANRB 6/2022).",
});
registerEnumType(AssessmentSource, {
  name: 'AssessmentSource',
  description: 'Who assessed a level, most authoritative first: assessment centre, manager (atasan), self.',
});

/**
 * Personnel's value types, declared with the contract's names and fields. Each field is @external: training only
 * receives them through @requires (Unit.successTrend).
 */
@ObjectType({ description: "One member's performance predikat of one year." })
export class MemberRating {
  @Directive('@external')
  @Field(() => ID, { description: 'The employee.' })
  employeeId: string;

  @Directive('@external')
  @Field(() => Int, { description: 'The year rated.' })
  year: number;

  @Directive('@external')
  @Field(() => PerformancePredikat, { description: 'The predikat of that year.' })
  predikat: PerformancePredikat;
}

@ObjectType({ description: "One assessment of a member's level in a competency." })
export class MemberAssessment {
  @Directive('@external')
  @Field(() => ID, { description: 'The employee.' })
  employeeId: string;

  @Directive('@external')
  @Field(() => ID, { description: 'The competency.' })
  competencyId: string;

  @Directive('@external')
  @Field(() => Int, { description: 'Level assessed, 1-5.' })
  level: number;

  @Directive('@external')
  @Field(() => AssessmentSource, { description: 'Who assessed.' })
  source: AssessmentSource;

  @Directive('@external')
  @Field(() => DateScalar, { description: 'Date of the assessment.' })
  assessedOn: string;
}
