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

  @Directive('@external')
  @Field(() => [String], {
    nullable: true,
    description:
      'NIPs of memberIds, grouped 8-6-1-3, in the same order (personal: for the SIASN export of the unit’s records).',
  })
  memberNips?: string[] | null;
}
