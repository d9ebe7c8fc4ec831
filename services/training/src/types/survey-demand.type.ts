import { Field, Int, ObjectType } from 'type-graphql';
import { Competency } from '../external/competency.js';

@ObjectType({ description: 'How often a competency was asked for in the unit’s needs survey of the year.' })
export class SurveyDemand {
  @Field(() => Competency, { description: 'The competency.' })
  competency: Competency;

  @Field(() => Int, { description: 'Members of the unit who proposed it.' })
  employees: number;

  @Field(() => Boolean, { description: 'Whether the unit’s head added it.' })
  byManager: boolean;
}
