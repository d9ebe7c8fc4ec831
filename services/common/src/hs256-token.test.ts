import { SignJWT, decodeProtectedHeader, jwtVerify } from 'jose';
import { describe, expect, it } from 'vitest';
import { signHs256, verifyHs256 } from './hs256-token.js';

const SECRET = 'unit-test-hs256-secret-of-some-length';
const key = new TextEncoder().encode(SECRET);
const claims = { sub: 'x', iat: 1_800_000_000, nested: { kind: 'user' } };

describe('HS256 compact tokens', () => {
  it('are read by jose, and read what jose signs', async () => {
    const ours = signHs256(claims, SECRET);
    expect(decodeProtectedHeader(ours)).toEqual({ alg: 'HS256', typ: 'JWT' });
    expect((await jwtVerify(ours, key, { algorithms: ['HS256'] })).payload).toEqual(claims);
    const theirs = await new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).sign(key);
    expect(verifyHs256(theirs, SECRET)).toEqual(claims);
  });

  it('refuses another secret, a changed payload, a re-spelt signature and a truncated token', () => {
    const token = signHs256(claims, SECRET);
    const [header, payload, signature] = token.split('.') as [string, string, string];
    const otherPayload = Buffer.from(JSON.stringify({ ...claims, sub: 'y' })).toString('base64url');
    expect(verifyHs256(token, 'another-secret-of-the-same-kind!!')).toBeNull();
    expect(verifyHs256(`${header}.${otherPayload}.${signature}`, SECRET)).toBeNull();
    // Node's decoder would skip the stray characters and find the same bytes.
    expect(verifyHs256(`${header}.${payload}.${signature}!`, SECRET)).toBeNull();
    expect(verifyHs256(`${header}.${payload}`, SECRET)).toBeNull();
    expect(verifyHs256('not a token', SECRET)).toBeNull();
  });

  it('refuses another algorithm, "none" and critical extensions, even with a matching HMAC', () => {
    const forge = (protectedHeader: object) => {
      const head = Buffer.from(JSON.stringify(protectedHeader)).toString('base64url');
      const body = `${head}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}`;
      const mac = signHs256(claims, SECRET).split('.')[2];
      return `${body}.${mac}`;
    };
    expect(verifyHs256(forge({ alg: 'none' }), SECRET)).toBeNull();
    expect(verifyHs256(forge({ alg: 'HS512' }), SECRET)).toBeNull();
    expect(verifyHs256(forge({ alg: 'HS256', crit: ['exp'] }), SECRET)).toBeNull();
  });
});
