import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** Personnel's career option (a target position for an employee), as this subgraph knows it: by its composite key. */
@Directive('@key(fields: "employeeId positionId")')
@ObjectType({ description: 'A position an employee could move to next, with readiness and requirements.' })
export class CareerOption {
  @Field(() => ID, { description: 'The employee.' })
  employeeId: string;

  @Field(() => ID, { description: 'The target position.' })
  positionId: string;
}
