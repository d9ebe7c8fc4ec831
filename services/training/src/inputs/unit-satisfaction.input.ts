import { Field, Float, ID, InputType, Int } from 'type-graphql';

@InputType({ description: 'A unit’s public-satisfaction index (IKM) for a year, from its survey.' })
export class SetUnitSatisfactionInput {
  @Field(() => ID, { description: 'The unit.' })
  unitId: string;

  @Field(() => Int, { description: 'The calendar year surveyed, 2000 to this year.' })
  year: number;

  @Field(() => Float, { description: 'The IKM, 25.00–100.00 with at most two decimals (PermenPANRB 14/2017).' })
  score: number;
}
