// What the sign-in page and the gateway read about users and API keys (not the rows themselves).
import type { Role } from '@asn/common';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { UserRole } from './user-role.enum.js';

@ObjectType({ description: 'A demo user the sign-in page offers.' })
export class DemoUser {
  @Field(() => String, { description: 'Username to sign in with.' })
  username: string;

  @Field(() => String, { description: 'Name shown.' })
  displayName: string;

  @Field(() => UserRole, { description: 'Role.' })
  role: Role;

  @Field(() => String, { description: 'Name of the agency.' })
  agencyName: string;

  @Field(() => String, { nullable: true, description: 'Name of the employee the user is, if any.' })
  employeeName: string | null;
}

// The gateway's own look-ups are not part of the client API: @inaccessible keeps them out of schema/api.graphql and
// the gateway refuses them from clients; personnel still refuses any identity but the gateway's.
@Directive('@inaccessible')
@ObjectType({ description: "What the gateway puts in a signed-in user's token (asked for by the gateway only)." })
export class SignInProfile {
  @Field(() => ID, { description: 'The user.' })
  userId: string;

  @Field(() => String, { description: 'Username.' })
  username: string;

  @Field(() => String, { description: 'Name shown.' })
  displayName: string;

  @Field(() => UserRole, { description: 'Role.' })
  role: Role;

  @Field(() => ID, { description: 'The agency of the user.' })
  agencyId: string;

  @Field(() => ID, { nullable: true, description: 'The employee the user is, if any.' })
  employeeId: string | null;

  @Field(() => [ID], { description: 'MANAGER: the units they head and all their sub-units; empty otherwise.' })
  unitIds: string[];

  @Field(() => [ID], { description: 'MANAGER: the employees of those units; empty otherwise.' })
  employeeIds: string[];
}

@Directive('@inaccessible')
@ObjectType({ description: 'A valid (not revoked) API key, by its hash (asked for by the gateway only).' })
export class ApiKeyIdentity {
  @Field(() => ID, { description: 'The key.' })
  id: string;

  @Field(() => ID, { description: 'The agency whose data the key may read.' })
  agencyId: string;

  @Field(() => [String], { description: 'Scopes: personnel:read, training:read, certification:read, pii:read.' })
  scopes: string[];
}

@Directive('@inaccessible')
@ObjectType({ description: "A manager's units and people as personnel has them now (asked for by the gateway only)." })
export class ManagedScope {
  @Field(() => [ID], { description: 'The units they head and all their sub-units.' })
  unitIds: string[];

  @Field(() => [ID], { description: 'The employees of those units.' })
  employeeIds: string[];
}
