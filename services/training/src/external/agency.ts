import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** Personnel's agency, by key, for the settings this subgraph keeps per agency. */
@Directive('@key(fields: "id")')
@ObjectType({ description: 'An agency (instansi): a regional government with its own units, positions and settings.' })
export class Agency {
  @Field(() => ID, { description: 'Stable identifier of the agency.' })
  id: string;
}
