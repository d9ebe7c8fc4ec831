import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { UnitCompetencyGap } from '../types/unit-competency-gap.type.js';

/** Personnel's unit, by key, with the fields training @requires for JP compliance and the needs analysis. */
@Directive('@key(fields: "id")')
@ObjectType({ description: 'An organisational unit of an agency, in a tree.' })
export class Unit {
  @Field(() => ID, { description: 'Stable identifier of the unit.' })
  id: string;

  @Directive('@external')
  @Field(() => [ID], { description: 'Ids of the employees of the unit and all its sub-units.' })
  memberIds?: string[];

  @Directive('@external')
  @Field(() => [UnitCompetencyGap], { description: 'The members’ competency gaps, per competency.' })
  competencyGaps?: UnitCompetencyGap[];
}
