import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** Personnel's employee, as this subgraph knows it: by key. */
@Directive('@key(fields: "id")')
@ObjectType({ description: 'A civil servant (PNS) or contract employee (PPPK) of an agency.' })
export class Employee {
  @Field(() => ID, { description: 'Stable identifier of the employee in this graph.' })
  id: string;

  @Directive('@external')
  @Field(() => String, { nullable: true, description: 'NIP grouped 8-6-1-3 for display (personal).' })
  nipFormatted?: string | null;
}
