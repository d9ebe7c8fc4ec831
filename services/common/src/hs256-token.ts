// Compact JWS (RFC 7515) with HS256, for the gateway's identity tokens. jose computes HMAC through WebCrypto's
// asynchronous job queue, about 0.7 ms a token here, and a request that spans the three subgraphs signs three and
// verifies three; node:crypto's HMAC is synchronous and takes microseconds. The tokens stay standard JWTs: jose reads
// ours and we read jose's (hs256-token.test.ts).
import { createHmac, timingSafeEqual } from 'node:crypto';

const HEADER = Buffer.from(JSON.stringify({ alg: 'HS256', typ: 'JWT' })).toString('base64url');

function mac(input: string, secret: string): Buffer {
  return createHmac('sha256', secret).update(input).digest();
}

function decodeJson(part: string): unknown {
  try {
    return JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function signHs256(claims: Record<string, unknown>, secret: string): string {
  const signed = `${HEADER}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}`;
  return `${signed}.${mac(signed, secret).toString('base64url')}`;
}

/** The claims of a token `secret` signed with HS256; null when it is malformed, names another algorithm or asks for
 *  extensions (`crit`), or its signature does not match. Claims are the caller's to check. */
export function verifyHs256(token: string, secret: string): Record<string, unknown> | null {
  const parts = token.split('.');
  if (parts.length !== 3) return null;
  const [header, payload, signature] = parts as [string, string, string];
  const protectedHeader = decodeJson(header);
  if (!isRecord(protectedHeader) || protectedHeader.alg !== 'HS256' || 'crit' in protectedHeader) return null;
  const expected = mac(`${header}.${payload}`, secret);
  const given = Buffer.from(signature, 'base64url');
  // Node's base64url decoder skips what is not base64url: only the canonical spelling of the signature counts.
  if (given.toString('base64url') !== signature || given.length !== expected.length) return null;
  if (!timingSafeEqual(given, expected)) return null;
  const claims = decodeJson(payload);
  return isRecord(claims) ? claims : null;
}
