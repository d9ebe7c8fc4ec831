import { Directive, Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { DateScalar } from '@asn/common';
import type { SelectionCategory as SelectionCategoryValue } from '../rules/jpm.js';
import { CareerMoveKind, type CareerMoveKindValue } from './career-move-kind.enum.js';
import { CareerRequirement } from './career-requirement.type.js';
import { CompetencyGap } from './competency-gap.type.js';
import { SelectionCategory } from './jpm-category.enum.js';

/**
 * A reachable target position for an employee. Training (trainingPlan) and certification (certification) add their
 * parts by the same key, so one gateway request returns the whole plan. Descriptions shared with training's copy are
 * word for word the same (composition).
 */
@Directive('@key(fields: "employeeId positionId")')
@ObjectType({ description: 'A position an employee could move to next, with readiness and requirements.' })
export class CareerOption {
  @Field(() => ID, { description: 'The employee.' })
  employeeId: string;

  @Field(() => ID, { description: 'The target position.' })
  positionId: string;

  @Field(() => CareerMoveKind, {
    description: 'The most demanding move on the path: diagonal over vertical over horizontal.',
  })
  kind: CareerMoveKindValue;

  @Field(() => Int, { description: 'Number of moves on the career ladder: 1 or 2.' })
  steps: number;

  @Field(() => Float, {
    description: "Job Person Match (0-100) against the target's standard, by the agency's formula.",
  })
  jpm: number;

  @Field(() => SelectionCategory, { description: 'Category of the JPM in the selection scheme.' })
  jpmCategory: SelectionCategoryValue;

  @Field(() => [CompetencyGap], { description: 'Gaps between the target’s standard and the employee.' })
  gaps: CompetencyGap[];

  @Field(() => [CareerRequirement], {
    description: 'Personnel requirements of the move (golongan, education, years in position, performance, age).',
  })
  requirements: CareerRequirement[];

  @Field(() => [CareerRequirement], {
    description:
      'The requirements that cannot be dated, each with its reason: empty exactly when eligibleOn has a date.',
  })
  undatedRequirements: CareerRequirement[];

  @Field(() => String, { nullable: true, description: 'Code of the leadership training the target level needs.' })
  leadershipTrainingCode: string | null;

  @Field(() => DateScalar, { description: 'When the experience requirement is met.' })
  experienceMetOn: string;

  @Field(() => DateScalar, {
    nullable: true,
    description:
      'The earliest date on which every personnel requirement of the path is met, each move dated from the one before (today if all are met); null when one cannot be dated (see undatedRequirements). trainingPlan.earliestEligibleDate adds the trainings still needed, and is null whenever this is.',
  })
  eligibleOn: string | null;

  @Field(() => Int, {
    description:
      'Readiness rank among the employee’s options, from 1: personnel requirements all met first, then higher JPM, fewer moves, earlier eligible date.',
  })
  rank: number;

  /** Position ids from the current one to the target, for `path`. */
  pathPositionIds: number[];
}
