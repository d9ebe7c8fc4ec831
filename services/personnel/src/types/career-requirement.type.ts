import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { DateScalar } from '@asn/common';
import type { RequirementKind, UndatableReason } from '../rules/career-requirements.js';
import { enumOf } from '@asn/common';

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

export const CareerUndatableReason = enumOf([
  'EXTRAORDINARY_PROMOTION',
  'NO_RANK_HISTORY',
  'EDUCATION_NOT_FORESEEABLE',
  'OVER_AGE_LIMIT',
  'PREVIOUS_MOVE_NOT_FORESEEABLE',
] as const satisfies readonly UndatableReason[]);

registerEnumType(CareerUndatableReason, {
  name: 'CareerUndatableReason',
  description: 'Why a career requirement has no date on which it will be met.',
  valuesConfig: {
    EXTRAORDINARY_PROMOTION: {
      description:
        "The golongan is more than one rank above the held position's ceiling: only an extraordinary promotion (kenaikan pangkat pilihan) reaches it.",
    },
    NO_RANK_HISTORY: { description: 'No rank history: the TMT the next promotion counts from is unknown.' },
    EDUCATION_NOT_FORESEEABLE: { description: 'A higher degree is needed; the record cannot date it.' },
    OVER_AGE_LIMIT: { description: 'Over the age limit on the date the other requirements are met.' },
    PREVIOUS_MOVE_NOT_FORESEEABLE: { description: 'An earlier move on the path cannot be dated.' },
  },
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

  @Field(() => CareerUndatableReason, {
    nullable: true,
    description: 'Why no date can be foreseen; null when it is met or dated.',
  })
  undatable: UndatableReason | null;
}
