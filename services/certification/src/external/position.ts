import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** Personnel's position, as this subgraph knows it: by key. */
@Directive('@key(fields: "id")')
@ObjectType({ description: 'A position (jabatan) in a unit, with its kind, track, level and entry requirements.' })
export class Position {
  @Field(() => ID, { description: 'Stable identifier of the position.' })
  id: string;
}
