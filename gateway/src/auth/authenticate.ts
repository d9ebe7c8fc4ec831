// Who is calling, decided once per request before anything else runs: a verified bearer token, else a verified API
// key, else anonymous. A credential that is presented but does not verify is refused (401), never downgraded.
import type { IncomingHttpHeaders } from 'node:http';
import type { Identity } from '@asn/common/identity';
import type { ApiKeyResolver } from './api-keys.js';
import { parseBearer, type TokenVerifier } from './jwt.js';
import { identityFromClaims } from './claims.js';

export type Authentication =
  | { outcome: 'verified'; identity: Identity }
  | { outcome: 'refused'; message: string }
  /** The caller's address has used up its allowance, so an unknown credential is not even looked up. */
  | { outcome: 'throttled' };

export function createAuthenticator(verifyToken: TokenVerifier, resolveApiKey: ApiKeyResolver) {
  return async (headers: IncomingHttpHeaders, mayLookUp: () => Promise<boolean>): Promise<Authentication> => {
    const { authorization } = headers;
    const apiKey = headers['x-api-key'];
    if (authorization !== undefined && apiKey !== undefined) {
      return refused('Send one credential: a bearer token or an API key, not both.');
    }
    if (authorization !== undefined) {
      const token = parseBearer(authorization);
      if (!token) return refused('Malformed Authorization header: expected "Bearer <token>".');
      const claims = await verifyToken(token);
      if (!claims) return refused('Invalid or expired token.');
      const identity = identityFromClaims(claims);
      return identity ? { outcome: 'verified', identity } : refused('The token carries no known role.');
    }
    if (typeof apiKey === 'string') {
      const identity = await resolveApiKey(apiKey, mayLookUp);
      if (identity === 'throttled') return { outcome: 'throttled' };
      return identity ? { outcome: 'verified', identity } : refused('Unknown or revoked API key.');
    }
    return { outcome: 'verified', identity: { kind: 'anonymous' } };
  };
}

export type Authenticator = ReturnType<typeof createAuthenticator>;

function refused(message: string): Authentication {
  return { outcome: 'refused', message };
}
