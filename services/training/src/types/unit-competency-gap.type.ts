import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';

/**
 * Personnel's value type, declared with the contract's name and fields. Each field is @external: training only
 * receives them through @requires, and then composition needs no @shareable from either side.
 */
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
}
