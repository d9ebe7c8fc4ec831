import { DateScalar } from '@asn/common';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { CompetencyGap } from '../types/competency-gap.type.js';

/** Personnel's career option (a possible next position), by its composite key, with the fields trainingPlan needs. */
@Directive('@key(fields: "employeeId positionId")')
@ObjectType({ description: 'A position an employee could move to next, with readiness and requirements.' })
export class CareerOption {
  @Field(() => ID, { description: 'The employee.' })
  employeeId: string;

  @Field(() => ID, { description: 'The target position.' })
  positionId: string;

  @Directive('@external')
  @Field(() => [CompetencyGap], { description: 'Gaps between the target’s standard and the employee.' })
  gaps?: CompetencyGap[];

  @Directive('@external')
  @Field(() => String, { nullable: true, description: 'Code of the leadership training the target level needs.' })
  leadershipTrainingCode?: string | null;

  @Directive('@external')
  @Field(() => DateScalar, {
    nullable: true,
    description:
      'The earliest date on which every personnel requirement of the path is met, each move dated from the one before (today if all are met); null when one cannot be dated (see undatedRequirements). trainingPlan.earliestEligibleDate adds the trainings still needed, and is null whenever this is.',
  })
  eligibleOn?: string | null;
}
