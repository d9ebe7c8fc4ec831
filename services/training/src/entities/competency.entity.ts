import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** Personnel's competency dictionary entry, by key. */
@Directive('@key(fields: "id")')
@ObjectType({ description: 'A competency of the dictionary (PermenPANRB 38/2017), with five levels.' })
export class Competency {
  @Field(() => ID, { description: 'Stable identifier of the competency.' })
  id: string;
}
