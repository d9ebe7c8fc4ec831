// Who is calling, from what the JWT plugin verified or the API key presented; anonymous otherwise.
import type { Identity, Role } from '@asn/common/identity';

export interface VerifiedJwt {
  payload: Record<string, unknown>;
}

const ROLES: Role[] = ['ADMIN', 'MANAGER', 'ASN'];

function strings(value: unknown): string[] | undefined {
  return Array.isArray(value) ? value.map(String) : undefined;
}

/** Maps verified claims to an identity; claims that do not name a known role give no identity. */
export function identityFromClaims(payload: Record<string, unknown>): Identity | null {
  const role = payload.role as Role;
  if (!ROLES.includes(role) || typeof payload.sub !== 'string' || payload.agencyId === undefined) return null;
  return {
    kind: 'user',
    userId: payload.sub,
    role,
    agencyId: String(payload.agencyId),
    ...(payload.employeeId != null && { employeeId: String(payload.employeeId) }),
    ...(role === 'MANAGER' && {
      unitIds: strings(payload.unitIds) ?? [],
      employeeIds: strings(payload.employeeIds) ?? [],
    }),
  };
}
