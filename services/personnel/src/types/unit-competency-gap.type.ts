import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';

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
}
