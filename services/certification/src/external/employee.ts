import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Agency } from './agency.js';

/** Personnel's employee, as this subgraph knows it: by key, plus its agency for the reminder sweep. */
@Directive('@key(fields: "id")')
@ObjectType({ description: 'A civil servant (PNS) or contract employee (PPPK) of an agency.' })
export class Employee {
  @Field(() => ID, { description: 'Stable identifier of the employee in this graph.' })
  id: string;

  @Directive('@external')
  @Field(() => Agency, { description: 'Agency the employee works for.' })
  agency?: Agency;

  @Directive('@external')
  @Field(() => String, { nullable: true, description: 'NIP grouped 8-6-1-3 for display (personal).' })
  nipFormatted?: string | null;
}
