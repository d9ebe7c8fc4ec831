import { DateScalar } from '@asn/common';
import { Field, ID, InputType } from 'type-graphql';
import type { PositionKind as PositionKindValue } from '../rules/position-level.js';
import { CompetencyType, type CompetencyTypeValue } from '../types/competency-type.enum.js';
import { PositionKind } from '../types/position-kind.enum.js';

@InputType({ description: 'Which team matrix: a unit, with or without sub-units, optionally narrowed.' })
export class TeamMatrixInput {
  @Field(() => ID, { description: 'The unit.' })
  unitId: string;

  @Field(() => Boolean, { defaultValue: true, description: 'Include the sub-units (default true).' })
  includeSubUnits: boolean;

  @Field(() => CompetencyType, {
    nullable: true,
    description: "Only columns of this competency type (JPM still covers each position's whole standard).",
  })
  competencyType?: CompetencyTypeValue;

  @Field(() => PositionKind, { nullable: true, description: 'Only employees in positions of this kind.' })
  positionKind?: PositionKindValue;

  @Field(() => DateScalar, {
    nullable: true,
    description:
      'The matrix as it stood on this date (not after today): the position held then, the levels assessed by then and stale as of then; today’s members, standards and JPM formula. Default today.',
  })
  asOf?: string;
}
