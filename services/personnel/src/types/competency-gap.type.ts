import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';

/** Declared with the same name and fields in training, which @requires it for CareerOption.trainingPlan. */
@Directive('@shareable')
@ObjectType({ description: 'The gap of one competency between a position’s standard and an employee.' })
export class CompetencyGap {
  @Field(() => ID, { description: 'The competency.' })
  competencyId: string;

  @Field(() => Int, { description: 'Level the target position requires.' })
  requiredLevel: number;

  @Field(() => Int, { description: 'The employee’s current level (0 when not assessed).' })
  currentLevel: number;

  @Field(() => Int, { description: 'Current − required level; negative is a gap.' })
  gap: number;
}
