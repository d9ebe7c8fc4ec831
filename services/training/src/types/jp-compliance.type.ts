import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'How a unit’s members (sub-units included) stand against the yearly JP target.' })
export class JpCompliance {
  @Field(() => Int, { description: 'The calendar year.' })
  year: number;

  @Field(() => Int, { description: 'The JP target applied (the agency’s setting, default 20).' })
  target: number;

  @Field(() => Int, { description: 'Members of the unit and its sub-units.' })
  members: number;

  @Field(() => Int, { description: 'Members who earned at least the target.' })
  atOrAbove: number;

  @Field(() => Int, { description: 'Members who earned some JP but less than the target.' })
  below: number;

  @Field(() => Int, { description: 'Members who earned no JP.' })
  none: number;

  @Field(() => Int, { description: 'Sum of the members’ shortfalls.' })
  totalShortfall: number;
}
