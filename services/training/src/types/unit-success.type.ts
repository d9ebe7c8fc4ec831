import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { IkmCategory as IkmCategoryValue } from '../rules/training-success.js';

export enum IkmCategory {
  A = 'A',
  B = 'B',
  C = 'C',
  D = 'D',
}

registerEnumType(IkmCategory, {
  name: 'IkmCategory',
  description:
    'Mutu pelayanan of an IKM (PermenPANRB 14/2017): A 88.31–100 Sangat Baik, B 76.61–88.30 Baik, C 65.00–76.60 Kurang Baik, D 25.00–64.99 Tidak Baik.',
});

@ObjectType({
  description:
    'What a year’s development of a unit’s members (sub-units included, today’s members) changed: ratings, competency levels, public satisfaction, beside its spend and JP.',
})
export class UnitSuccessYear {
  @Field(() => Int, { description: 'The calendar year.' })
  year: number;

  @Field(() => Int, { description: 'Members who completed a training in the year.' })
  trainedMembers: number;

  @Field(() => Int, {
    description: 'Of those, members with a performance predikat of the year and of the year before.',
  })
  trainedAndRated: number;

  @Field(() => Int, { description: 'Of those, members whose predikat of the year is higher than the year before.' })
  ratingRose: number;

  @Field(() => Float, {
    nullable: true,
    description:
      'ratingRose / trainedAndRated in percent, 2 decimals; null (no data, not 0%) when trainedAndRated is 0.',
  })
  ratingRoseShare: number | null;

  @Field(() => Int, {
    description:
      'Assessment pairs around a training of the year: a competency it develops, assessed before and after it by the same source.',
  })
  competencyPairs: number;

  @Field(() => Int, { description: 'Of those, pairs whose level after is higher than before.' })
  competencyImproved: number;

  @Field(() => Float, {
    nullable: true,
    description: 'Mean level gained over the pairs (after − before), 2 decimals; null (no data) when there is no pair.',
  })
  averageGain: number | null;

  @Field(() => Float, { nullable: true, description: 'The unit’s public-satisfaction index (IKM) of the year.' })
  satisfactionIndex: number | null;

  @Field(() => IkmCategory, { nullable: true, description: 'Its mutu pelayanan category.' })
  satisfactionCategory: IkmCategoryValue | null;

  @Field(() => Int, { description: 'The unit’s own budget row for the year, whole rupiah (0 when none).' })
  budget: number;

  @Field(() => Int, { description: 'Cost of the members’ granted seats whose session ends in the year.' })
  spend: number;

  @Field(() => Int, { description: 'JP the members earned in the year (completed activities).' })
  jpEarned: number;

  @Field(() => Int, { description: 'PNS members (held to the yearly JP target).' })
  pnsMembers: number;

  @Field(() => Int, { description: 'PNS members who earned at least the target in the year.' })
  pnsAtOrAbove: number;

  @Field(() => Float, {
    nullable: true,
    description:
      'pnsAtOrAbove / pnsMembers in percent, 2 decimals; null (no data, not 0%) when no member completed an activity in the year or there is no PNS member.',
  })
  jpComplianceShare: number | null;
}
