import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** Personnel's competency dictionary entry, by key. */
@Directive('@key(fields: "id")')
@ObjectType({ description: 'A competency of the dictionary, with a five-level scale.' })
export class Competency {
  @Field(() => ID, { description: 'Stable identifier of the competency.' })
  id: string;
}

/** The stub a field of this subgraph returns for a competency id; the gateway asks personnel for the rest. */
export function competencyRef(id: number | string): Competency {
  return { id: String(id) };
}
