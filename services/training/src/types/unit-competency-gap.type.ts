import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';

/**
 * Personnel's value types, declared with the contract's names and fields. Each field is @external: training only
 * receives them through @requires, and then composition needs no @shareable from either side.
 */
@ObjectType({ description: 'Members below the standard at one current level against one required level.' })
export class LevelShortfall {
  @Directive('@external')
  @Field(() => Int, { description: 'Level their position standard requires.' })
  requiredLevel: number;

  @Directive('@external')
  @Field(() => Int, { description: 'Their current level (0 when not assessed).' })
  currentLevel: number;

  @Directive('@external')
  @Field(() => Int, { description: 'How many members stand there.' })
  employees: number;
}

@ObjectType({ description: "A competency's gap over a unit's members whose position standard has it." })
export class UnitCompetencyGap {
  @Directive('@external')
  @Field(() => ID, { description: 'The competency.' })
  competencyId: string;

  @Directive('@external')
  @Field(() => Int, { description: 'Members whose current level is below the required level.' })
  employeesBelow: number;

  @Directive('@external')
  @Field(() => Int, { description: 'Sum over members of max(0, required − current); not assessed counts as 0.' })
  totalDeficit: number;

  @Directive('@external')
  @Field(() => [LevelShortfall], {
    description: 'The members below, grouped by required and current level (what a training can close depends on it).',
  })
  shortfalls: LevelShortfall[];
}
