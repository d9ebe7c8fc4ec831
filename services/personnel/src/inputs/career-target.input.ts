import { Field, ID, InputType } from 'type-graphql';

@InputType({ description: 'A career option to choose as one’s own target.' })
export class ChooseCareerTargetInput {
  @Field(() => ID, { description: 'The employee choosing: the caller themself.' })
  employeeId: string;

  @Field(() => ID, { description: 'The target position: one of the employee’s career options.' })
  positionId: string;
}

@InputType({ description: 'The career target to clear.' })
export class ClearCareerTargetInput {
  @Field(() => ID, { description: 'The employee: the caller themself.' })
  employeeId: string;
}
