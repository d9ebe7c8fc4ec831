import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTokenVerifier, parseBearer, rememberVerified } from './jwt.js';

const SETTINGS = {
  JWT_SECRET: 'a-demo-secret-long-enough-for-hs256!',
  JWT_ISSUER: 'asn-gateway',
  JWT_AUDIENCE: 'asn-api',
};
const demoKey = new TextEncoder().encode(SETTINGS.JWT_SECRET);

function token(claims: { exp?: boolean; aud?: string; iss?: string } = {}) {
  const jwt = new SignJWT({ role: 'ASN', agencyId: '1' })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject('7')
    .setIssuer(claims.iss ?? SETTINGS.JWT_ISSUER)
    .setAudience(claims.aud ?? SETTINGS.JWT_AUDIENCE)
    .setIssuedAt();
  if (claims.exp !== false) jwt.setExpirationTime('1h');
  return jwt.sign(demoKey);
}

describe('parseBearer', () => {
  it('takes exactly "Bearer <jwt>" and refuses anything around or inside it', () => {
    expect(parseBearer('Bearer aa.bb.cc')).toBe('aa.bb.cc');
    for (const header of [
      'Bearer aa.bb.cc x',
      'Bearer aa.bb.cc ',
      'bearer aa.bb.cc',
      'Bearer  aa.bb.cc',
      'Bearer aa.bb',
      'Basic aa.bb.cc',
      'Bearer aa.bb.cc,dd',
      'Bearer aa.bb.cc\tx',
    ]) {
      expect(parseBearer(header), header).toBeNull();
    }
  });
});

describe('the demo-mode token verifier', () => {
  const verify = createTokenVerifier(SETTINGS);

  it('accepts a token with issuer, audience and expiry', async () => {
    expect((await verify(await token()))?.sub).toBe('7');
  });

  it('refuses a token without exp, for another audience or from another issuer', async () => {
    expect(await verify(await token({ exp: false }))).toBeNull();
    expect(await verify(await token({ aud: 'another-api' }))).toBeNull();
    expect(await verify(await token({ iss: 'someone-else' }))).toBeNull();
  });

  it('refuses a token signed with another secret', async () => {
    const forged = await new SignJWT({})
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('1')
      .setIssuer(SETTINGS.JWT_ISSUER)
      .setAudience(SETTINGS.JWT_AUDIENCE)
      .setExpirationTime('1h')
      .sign(new TextEncoder().encode('dev-only-jwt-secret-change-me'));
    expect(await verify(forged)).toBeNull();
  });
});

describe('the JWKS token verifier', () => {
  let server: Server;
  let jwksUrl: string;
  let privateKey: CryptoKey;
  beforeAll(async () => {
    const pair = await generateKeyPair('RS256');
    privateKey = pair.privateKey;
    const jwk = { ...(await exportJWK(pair.publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' };
    server = createServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ keys: [jwk] }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    jwksUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/jwks.json`;
  });
  afterAll(() => server.close());

  const signed = (kid: string) =>
    new SignJWT({ role: 'ASN', agencyId: '1' })
      .setProtectedHeader({ alg: 'RS256', kid })
      .setSubject('7')
      .setIssuer(SETTINGS.JWT_ISSUER)
      .setAudience(SETTINGS.JWT_AUDIENCE)
      .setExpirationTime('1h')
      .sign(privateKey);

  it('accepts a token signed by a key of the set, and refuses (not throws on) an unknown kid', async () => {
    const verify = createTokenVerifier({ ...SETTINGS, JWKS_URL: jwksUrl });
    expect((await verify(await signed('k1')))?.sub).toBe('7');
    expect(await verify(await signed('unknown-kid'))).toBeNull();
  });

  it('refuses HS256 tokens made with the demo secret once JWKS is configured', async () => {
    const verify = createTokenVerifier({ ...SETTINGS, JWKS_URL: jwksUrl });
    expect(await verify(await token())).toBeNull();
  });
});

describe('remembering verified tokens', () => {
  const payload = (exp: number) => ({ sub: 'u', exp });

  it('verifies a token once until its expiry or a minute, and never remembers a refusal', async () => {
    let now = 1_000_000;
    const calls: string[] = [];
    const verify = rememberVerified(
      (token) => {
        calls.push(token);
        if (token === 'bad') return Promise.resolve(null);
        return Promise.resolve(payload(token === 'short' ? now / 1000 + 5 : now / 1000 + 3600));
      },
      () => now,
    );
    for (const token of ['long', 'long', 'short', 'short', 'bad', 'bad']) await verify(token);
    expect(calls).toEqual(['long', 'short', 'bad', 'bad']);
    now += 6_000; // past the short token's expiry
    expect(await verify('short')).toEqual(payload(now / 1000 + 5));
    await verify('long');
    now += 60_000; // a minute on: even a long-lived token is verified again
    await verify('long');
    expect(calls).toEqual(['long', 'short', 'bad', 'bad', 'short', 'long']);
  });
});
