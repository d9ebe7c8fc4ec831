// Verifies a bearer JWT: signature (JWKS in production, the demo HS256 secret in demo mode), issuer, audience, and an
// expiry that must be present. Every failure, an unknown `kid` included, is a refusal (401), never a server error.
import { createRemoteJWKSet, jwtVerify, type JWTPayload } from 'jose';

export interface TokenSettings {
  JWKS_URL?: string;
  JWT_SECRET: string;
  JWT_ISSUER: string;
  JWT_AUDIENCE: string;
}

export type TokenVerifier = (token: string) => Promise<JWTPayload | null>;

/** `Bearer <header.payload.signature>` and nothing else: trailing text would make the same token a new credential. */
const BEARER = /^Bearer ([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+)$/;

export function parseBearer(header: string): string | null {
  return BEARER.exec(header)?.[1] ?? null;
}

/** How long a verified token is taken on trust before it is verified again (a key removed from the set, or a changed
 *  secret, refuses it within this time), and how many are kept. */
const REMEMBER_MS = 60_000;
const REMEMBER_MAX = 10_000;

/**
 * Remembers tokens that verified, until their `exp` or for REMEMBER_MS, whichever is sooner: a client sends the same
 * bearer token with every request, and jose's signature check (WebCrypto's job queue) costs about 0.7 ms of the
 * gateway's few. Refusals are not remembered, so a bad token cannot fill the map; the oldest entry goes first.
 */
export function rememberVerified(verify: TokenVerifier, now: () => number = Date.now): TokenVerifier {
  const verified = new Map<string, { payload: JWTPayload; until: number }>();
  return async (token) => {
    const known = verified.get(token);
    if (known && known.until > now()) return known.payload;
    verified.delete(token);
    const payload = await verify(token);
    if (payload?.exp !== undefined) {
      if (verified.size >= REMEMBER_MAX) verified.delete(verified.keys().next().value!);
      verified.set(token, { payload, until: Math.min(payload.exp * 1000, now() + REMEMBER_MS) });
    }
    return payload;
  };
}

export function createTokenVerifier(settings: TokenSettings): TokenVerifier {
  const options = {
    issuer: settings.JWT_ISSUER,
    audience: settings.JWT_AUDIENCE,
    requiredClaims: ['exp', 'sub'],
  };
  if (settings.JWKS_URL) {
    // jose caches the key set and refetches it (at most every 30 s) when a token names a kid it does not know, so a
    // rotated key is picked up without a restart.
    const keys = createRemoteJWKSet(new URL(settings.JWKS_URL), { cooldownDuration: 30_000, timeoutDuration: 5_000 });
    return rememberVerified((token) =>
      jwtVerify(token, keys, { ...options, algorithms: ['RS256', 'ES256', 'EdDSA'] }).then(
        (result) => result.payload,
        () => null,
      ),
    );
  }
  const secret = new TextEncoder().encode(settings.JWT_SECRET);
  return rememberVerified((token) =>
    jwtVerify(token, secret, { ...options, algorithms: ['HS256'] }).then(
      (result) => result.payload,
      () => null,
    ),
  );
}
