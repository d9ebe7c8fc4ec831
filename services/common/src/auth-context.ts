// Who is asking: the gateway verifies the caller and forwards the identity as a short-lived HS256 token that each
// subgraph verifies itself, so a subgraph refuses what does not come through the gateway.
import { SignJWT, jwtVerify } from 'jose';

export type Role = 'ADMIN' | 'MANAGER' | 'ASN';
export type Scope = 'personnel:read' | 'training:read' | 'certification:read' | 'pii:read';

export type Identity =
  | { kind: 'anonymous' }
  /** The gateway itself (the demo sign-in looks users up with it); never a caller's identity. */
  | { kind: 'system' }
  | {
      kind: 'user';
      userId: string;
      role: Role;
      agencyId: string;
      /** The IANA time zone of that agency (personnel's agency.time_zone), so every subgraph dates "today" in the
       *  agency's local date without owning agencies (services/common clock). */
      timeZone?: string;
      /** The employee record of the person signed in. */
      employeeId?: string;
      /** MANAGER: the unit they head and all its sub-units. */
      unitIds?: string[];
      /** MANAGER: the employees of those units, so training and certification can check scope without personnel. */
      employeeIds?: string[];
      /** The agency of each employee and unit a mutation names, looked up in personnel by the gateway for this
       *  request, so training and certification can scope an administrator's writes without asking personnel. */
      employeeAgencies?: Record<string, string>;
      unitAgencies?: Record<string, string>;
    }
  | { kind: 'apiKey'; keyId: string; agencyId: string; scopes: Scope[]; timeZone?: string };

export const IDENTITY_HEADER = 'x-asn-identity';
const AUDIENCE = 'asn-subgraphs';
const ISSUER = 'asn-gateway';

function secretKey(secret: string): Uint8Array {
  return new TextEncoder().encode(secret);
}

export async function signIdentity(identity: Identity, secret: string, ttlSeconds = 60): Promise<string> {
  return new SignJWT({ identity })
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(`${ttlSeconds}s`)
    .sign(secretKey(secret));
}

/** The agency of an employee or unit as the gateway vouched for it in this request, when it did. */
export function vouchedAgencyOf(
  identity: Identity,
  reference: { employeeId?: string | number; unitId?: string | number },
): string | undefined {
  if (identity.kind !== 'user') return undefined;
  if (reference.employeeId !== undefined) return identity.employeeAgencies?.[String(reference.employeeId)];
  if (reference.unitId !== undefined) return identity.unitAgencies?.[String(reference.unitId)];
  return undefined;
}

/** The identity a gateway-signed header carries, or null when the header is missing, forged or expired. */
export async function verifyIdentity(token: string | undefined, secret: string): Promise<Identity | null> {
  if (!token) return null;
  try {
    const { payload } = await jwtVerify(token, secretKey(secret), {
      issuer: ISSUER,
      audience: AUDIENCE,
      algorithms: ['HS256'],
    });
    const identity = payload.identity as Identity | undefined;
    return identity && typeof identity === 'object' && 'kind' in identity ? identity : null;
  } catch {
    return null;
  }
}
