import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';

/** Personnel's value type, with the contract's name and the fields training @requires; each is @external. */
@ObjectType({ description: 'The gap of one competency between a position’s standard and an employee.' })
export class CompetencyGap {
  @Directive('@external')
  @Field(() => ID, { description: 'The competency.' })
  competencyId: string;

  @Directive('@external')
  @Field(() => Int, { description: 'Level the target position requires.' })
  requiredLevel: number;

  @Directive('@external')
  @Field(() => Int, { description: 'The employee’s current level (0 when not assessed).' })
  currentLevel: number;
}
