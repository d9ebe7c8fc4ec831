import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** Personnel's competency, as this subgraph knows it: by key. */
@Directive('@key(fields: "id")')
@ObjectType({ description: 'A competency of the dictionary, with a five-level scale.' })
export class Competency {
  @Field(() => ID, { description: 'Stable identifier of the competency.' })
  id: string;
}
