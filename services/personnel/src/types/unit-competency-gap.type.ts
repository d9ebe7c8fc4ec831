import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';

/** Declared identically in training, which @requires it for Unit.trainingNeeds (docs/architecture.md). */
@Directive('@shareable')
@ObjectType({ description: 'Members below the standard at one current level against one required level.' })
export class LevelShortfall {
  @Field(() => Int, { description: 'Level their position standard requires.' })
  requiredLevel: number;

  @Field(() => Int, { description: 'Their current level (0 when not assessed).' })
  currentLevel: number;

  @Field(() => Int, { description: 'How many members stand there.' })
  employees: number;
}

/** Declared identically in training, which @requires it for Unit.trainingNeeds (docs/architecture.md). */
@Directive('@shareable')
@ObjectType({ description: "A competency's gap over a unit's members whose position standard has it." })
export class UnitCompetencyGap {
  @Field(() => ID, { description: 'The competency.' })
  competencyId: string;

  @Field(() => Int, { description: 'Members whose current level is below the required level.' })
  employeesBelow: number;

  @Field(() => Int, { description: 'Sum over members of max(0, required − current); not assessed counts as 0.' })
  totalDeficit: number;

  @Field(() => [LevelShortfall], {
    description: 'The members below, grouped by required and current level (what a training can close depends on it).',
  })
  shortfalls: LevelShortfall[];
}
