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
    return (token) =>
      jwtVerify(token, keys, { ...options, algorithms: ['RS256', 'ES256', 'EdDSA'] }).then(
        (result) => result.payload,
        () => null,
      );
  }
  const secret = new TextEncoder().encode(settings.JWT_SECRET);
  return (token) =>
    jwtVerify(token, secret, { ...options, algorithms: ['HS256'] }).then(
      (result) => result.payload,
      () => null,
    );
}
