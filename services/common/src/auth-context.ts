// Who is asking: the gateway verifies the caller and forwards the identity as a short-lived HS256 token that each
// subgraph verifies itself, so a subgraph refuses what does not come through the gateway.
import { createHash } from 'node:crypto';
import { signHs256, verifyHs256 } from './hs256-token.js';

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
      /** MANAGER: the unit they head and all its sub-units, looked up in personnel by the gateway for this request
       *  (never taken from the long-lived bearer token, so a move takes effect at once). */
      unitIds?: string[];
      /** MANAGER: the employees of those units (same source), so training and certification can check scope
       *  without personnel. */
      employeeIds?: string[];
      /** The agency of each employee and unit a mutation names, looked up in personnel by the gateway for this
       *  request, so training and certification can scope an administrator's writes without asking personnel. */
      employeeAgencies?: Record<string, string>;
      unitAgencies?: Record<string, string>;
    }
  | { kind: 'apiKey'; keyId: string; agencyId: string; scopes: Scope[]; timeZone?: string }
  /** The gateway's reminder sweep of one agency (docs/architecture.md): minted only inside the gateway, never from a
   *  bearer token or an API key; the subgraphs let it run the sweep of that agency and nothing else. */
  | { kind: 'scheduler'; agencyId: string; timeZone?: string };

export const IDENTITY_HEADER = 'x-asn-identity';
const ISSUER = 'asn-gateway';
/** Long enough for one subgraph fetch to arrive on a loaded machine (5 s was seen to fall short on a busy CI run:
 *  whole seconds, so a token signed late in a second had barely 4), short enough that a copied token is of little
 *  use: it is bound to one subgraph and to the digest of the one request it was made for. */
export const IDENTITY_TTL_SECONDS = 30;

/** What an identity token is bound to: the one subgraph it is for, and the request it was made for. */
export interface IdentityBinding {
  /** The subgraph's name (personnel, training, certification): its audience. */
  audience: string;
  /** The query string of the subgraph request (with its `?`, or empty) and its raw body. */
  search: string;
  body: string | Uint8Array;
}

/** SHA-256 of the request as the subgraph receives it; the token carries it so it cannot ride another request. */
export function requestDigest(search: string, body: string | Uint8Array): string {
  return createHash('sha256').update(search).update('\n').update(body).digest('base64url');
}

export async function signIdentity(
  identity: Identity,
  secret: string,
  binding: IdentityBinding,
  ttlSeconds = IDENTITY_TTL_SECONDS,
): Promise<string> {
  const issuedAt = Math.floor(Date.now() / 1000);
  return signHs256(
    {
      identity,
      req: requestDigest(binding.search, binding.body),
      iss: ISSUER,
      aud: binding.audience,
      iat: issuedAt,
      exp: issuedAt + ttlSeconds,
    },
    secret,
  );
}

/** The identity header of one subgraph request, as the gateway (or a test standing in for it) sends it. */
export async function identityHeader(
  identity: Identity,
  secret: string,
  binding: IdentityBinding,
  ttlSeconds?: number,
): Promise<Record<string, string>> {
  return { [IDENTITY_HEADER]: await signIdentity(identity, secret, binding, ttlSeconds) };
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

function isIdentity(value: unknown): value is Identity {
  return typeof value === 'object' && value !== null && 'kind' in value;
}

/**
 * The identity a gateway-signed header carries, or null when the header is missing, forged, expired, made for
 * another subgraph or for another request.
 */
export async function verifyIdentity(
  token: string | undefined,
  secret: string,
  binding: IdentityBinding,
): Promise<Identity | null> {
  if (!token) return null;
  const claims = verifyHs256(token, secret);
  if (!claims) return null;
  const { iss, aud, iat, exp, req, identity } = claims;
  if (iss !== ISSUER || aud !== binding.audience) return null;
  if (typeof iat !== 'number' || typeof exp !== 'number') return null;
  const now = Math.floor(Date.now() / 1000);
  // Expired, issued in the future, or made to live longer than the gateway's few seconds: not one the gateway made.
  if (exp <= now || iat > now || exp - iat > IDENTITY_TTL_SECONDS) return null;
  if (req !== requestDigest(binding.search, binding.body)) return null;
  return isIdentity(identity) ? identity : null;
}
