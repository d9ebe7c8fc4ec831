import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** Personnel's unit, as this subgraph knows it: by key, with the member ids personnel computes (@requires). */
@Directive('@key(fields: "id")')
@ObjectType({ description: 'A unit (unit kerja) of an agency, in a tree: a unit includes its sub-units.' })
export class Unit {
  @Field(() => ID, { description: 'Stable identifier of the unit.' })
  id: string;

  @Directive('@external')
  @Field(() => [ID], {
    description: 'Ids of the employees of this unit and all its sub-units (admins, the head, API keys, system).',
  })
  memberIds: string[];
}
