// The one way a test names who is asking: asRole('ADMIN', { agencyId: 1 }), asRole('anonymous'),
// asApiKey(1, ['training:read']). Ids are given as numbers or strings and carried as the strings a token holds.
import type { Identity, Role, Scope } from '../auth-context.js';
import { DEMO_VOUCHED } from './demo-vouched.js';

type Id = number | string;

export interface RoleFacts {
  agencyId: Id;
  /** The employee record of the person (absent for an administrator acting from no record). */
  employeeId?: Id;
  /** MANAGER: the units they head and the employees of those units. */
  unitIds?: Id[];
  employeeIds?: Id[];
  /** What the gateway vouches for in a mutation over the demo data (the seeds' ids contract). */
  vouched?: boolean;
  userId?: string;
  timeZone?: string;
}

export function asRole(kind: 'anonymous' | 'system'): Identity;
export function asRole(role: Role, facts: RoleFacts): Identity;
export function asRole(role: Role | 'anonymous' | 'system', facts?: RoleFacts): Identity {
  if (role === 'anonymous' || role === 'system') return { kind: role };
  const { agencyId, employeeId, unitIds, employeeIds, vouched, userId, timeZone } = facts!;
  return {
    kind: 'user',
    userId: userId ?? `${role.toLowerCase()}.${employeeId ?? agencyId}`,
    role,
    agencyId: String(agencyId),
    ...(timeZone !== undefined && { timeZone }),
    ...(employeeId !== undefined && { employeeId: String(employeeId) }),
    ...(unitIds !== undefined && { unitIds: unitIds.map(String) }),
    ...(employeeIds !== undefined && { employeeIds: employeeIds.map(String) }),
    ...(vouched && DEMO_VOUCHED),
  };
}

export function asApiKey(agencyId: Id, scopes: Scope[], keyId = `k${agencyId}`): Identity {
  return { kind: 'apiKey', keyId, agencyId: String(agencyId), scopes };
}
