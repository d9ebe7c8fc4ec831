import { Field, ID, InputType, Int } from 'type-graphql';

@InputType({ description: 'A line of a competency standard.' })
export class StandardItemInput {
  @Field(() => ID, { description: 'The competency.' })
  competencyId: string;

  @Field(() => Int, { description: 'Required level, 1-5.' })
  requiredLevel: number;
}

@InputType({ description: "A position's whole competency standard; it replaces the current one." })
export class SetPositionStandardInput {
  @Field(() => ID, { description: 'The position.' })
  positionId: string;

  @Field(() => [StandardItemInput], { description: 'Each competency once, with its required level.' })
  items: StandardItemInput[];
}
