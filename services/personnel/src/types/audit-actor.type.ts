import { Field, ObjectType } from 'type-graphql';

@ObjectType({ description: 'An audit entry’s actor as a person reads it.' })
export class AuditActor {
  @Field(() => String, { description: 'The actor as the audit logs write it: user:<id>, apiKey:<id> or system.' })
  actor: string;

  @Field(() => String, {
    nullable: true,
    description: 'The user’s display name or the key’s name; null for system, another agency’s, or unknown.',
  })
  name: string | null;
}
