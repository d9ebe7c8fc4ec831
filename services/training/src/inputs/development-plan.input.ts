import { Field, ID, InputType, Int } from 'type-graphql';

@InputType({ description: 'Start an employee’s development plan for a year.' })
export class CreateDevelopmentPlanInput {
  @Field(() => ID, { description: 'The employee.' })
  employeeId: string;

  @Field(() => Int, { description: 'The calendar year.' })
  year: number;
}

@InputType({ description: 'A training to plan, optionally in a chosen session.' })
export class PlanItemInput {
  @Field(() => ID, { description: 'The training.' })
  trainingId: string;

  @Field(() => ID, { nullable: true, description: 'A session of that training.' })
  sessionId?: string;
}

@InputType({
  description: 'Add trainings to an employee’s plan for a year (the plan is created as a draft if missing).',
})
export class AddTrainingsToPlanInput {
  @Field(() => ID, { description: 'The employee.' })
  employeeId: string;

  @Field(() => Int, { description: 'The calendar year.' })
  year: number;

  @Field(() => [PlanItemInput], { description: 'The trainings; one already planned gets the new session.' })
  items: PlanItemInput[];
}

@InputType({ description: 'Remove a training from a plan.' })
export class RemoveTrainingFromPlanInput {
  @Field(() => ID, { description: 'The plan.' })
  planId: string;

  @Field(() => ID, { description: 'The training to remove.' })
  trainingId: string;
}

@InputType({ description: 'A decision on a plan: submit, approve or return.' })
export class PlanDecisionInput {
  @Field(() => ID, { description: 'The plan.' })
  planId: string;

  @Field(() => String, { nullable: true, description: 'The manager’s note.' })
  note?: string;
}
