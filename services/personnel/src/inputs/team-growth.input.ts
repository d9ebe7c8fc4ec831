import { DateScalar } from '@asn/common';
import { Field, ID, InputType } from 'type-graphql';

@InputType({ description: 'A unit’s growth between two dates, neither after today.' })
export class TeamGrowthInput {
  @Field(() => ID, { description: 'The unit.' })
  unitId: string;

  @Field(() => Boolean, { defaultValue: true, description: 'Include the sub-units (default true).' })
  includeSubUnits: boolean;

  @Field(() => DateScalar, { description: 'The first date.' })
  from: string;

  @Field(() => DateScalar, { description: 'The second date: on or after the first, not after today.' })
  to: string;
}
