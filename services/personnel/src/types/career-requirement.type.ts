import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { DateScalar } from '@asn/common';
import type { RequirementKind } from '../rules/career-requirements.js';
import { enumOf } from './enum-of.js';

export const CareerRequirementKind = enumOf([
  'GOLONGAN',
  'EDUCATION',
  'YEARS_IN_POSITION',
  'PERFORMANCE',
  'AGE',
] as const);

registerEnumType(CareerRequirementKind, {
  name: 'CareerRequirementKind',
  description:
    'A personnel requirement of a career move (PP 11/2017 as amended by PP 17/2020); leadership training and certificates come from the training and certification subgraphs.',
});

@ObjectType({ description: 'One personnel requirement of a career move and whether the employee meets it.' })
export class CareerRequirement {
  @Field(() => CareerRequirementKind, { description: 'What is required.' })
  kind: RequirementKind;

  @Field(() => Boolean, { description: 'Met today.' })
  met: boolean;

  @Field(() => String, { description: 'The requirement, e.g. III/d, S1, 3 years.' })
  required: string;

  @Field(() => String, { description: "The employee's standing, e.g. III/c, S1, 2 years." })
  actual: string;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'When it is (or will be) met; null when no date can be foreseen.',
  })
  metOn: string | null;
}
