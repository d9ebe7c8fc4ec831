// At the gateway: only a credential that verifies earns its own rate-limit bucket or an
// exemption from trusted documents; the rest share their address's bucket and are refused cheaply; tokens need an
// expiry and our audience; CORS allows no foreign origin; a malformed body is not echoed. SQLite only.
import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKey } from '../support/api-key.js';
import { graphql } from '../support/graphql-client.js';
import { signIn } from '../support/sign-in.js';
import { startTestStack, type TestStack } from '../support/start-stack.js';

const RATE_LIMIT = 20;
const SIGN_IN_LIMIT = 4;
/** The demo secret the stack runs with (the default: demo mode). */
const DEMO_JWT_SECRET = new TextEncoder().encode('dev-only-jwt-secret-change-me');

function demoToken(options: { exp?: boolean; aud?: string; kid?: string }) {
  const jwt = new SignJWT({ role: 'ADMIN', agencyId: '1', employeeId: '1' })
    .setProtectedHeader({ alg: 'HS256', ...(options.kid && { kid: options.kid }) })
    .setSubject('1')
    .setIssuer('asn-gateway')
    .setAudience(options.aud ?? 'asn-api');
  if (options.exp !== false) jwt.setExpirationTime('1h');
  return jwt.sign(DEMO_JWT_SECRET);
}

describe('verified identities at the gateway', () => {
  let stack: TestStack;
  let token: string;
  let apiKey: string;
  beforeAll(async () => {
    stack = await startTestStack({
      database: 'sqlite',
      envOf: {
        gateway: {
          TRUSTED_DOCUMENTS_ONLY: 'true',
          RATE_LIMIT_PER_MINUTE: String(RATE_LIMIT),
          SIGN_IN_PER_MINUTE: String(SIGN_IN_LIMIT),
        },
      },
    });
    token = await signIn(stack.gatewayUrl, 'admin.ambon');
    apiKey = await createApiKey(stack.databaseEnv, 1, ['personnel:read']);
  });
  afterAll(() => stack?.stop());

  it('does not let any x-api-key header exempt a signed-in user from trusted documents', async () => {
    const withToken = await graphql(stack.gatewayUrl, '{ agencies { id } }', {}, { token });
    expect(JSON.stringify(withToken.errors)).toMatch(/persisted/i);
    const withBogusKey = await graphql(stack.gatewayUrl, '{ agencies { id } }', {}, { token, apiKey: 'anything' });
    expect(withBogusKey.status).toBe(401);
    expect(withBogusKey.data ?? null).toBeNull();
    const withRealKeyAndToken = await graphql(stack.gatewayUrl, '{ agencies { id } }', {}, { token, apiKey });
    expect(withRealKeyAndToken.status).toBe(401);
    const withKey = await graphql(stack.gatewayUrl, '{ agencies { id } }', {}, { apiKey });
    expect(withKey.errors).toBeUndefined();
  });

  it('refuses a bearer token with trailing text, without an expiry, for another audience or with an unknown kid', async () => {
    const refusals = [
      { authorization: `Bearer ${token} x` },
      { authorization: `Bearer ${token}x` },
      { authorization: `bearer ${token}` },
      { authorization: `Bearer ${await demoToken({ exp: false })}` },
      { authorization: `Bearer ${await demoToken({ aud: 'another-api' })}` },
      { authorization: `Bearer ${await demoToken({ kid: 'no-such-key' })}`.replace(/\.[^.]+$/, '.AAAA') },
    ];
    for (const headers of refusals) {
      const result = await graphql(stack.gatewayUrl, '{ __typename }', {}, { headers });
      expect(result.status, headers.authorization.slice(0, 40)).toBe(401);
      expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
    // The control: the same claims, well formed, pass authentication (and meet trusted documents).
    const accepted = await graphql(stack.gatewayUrl, '{ __typename }', {}, { token: await demoToken({}) });
    expect(accepted.status).not.toBe(401);
  });

  it('answers random API keys from one address with 429 after its allowance, looking few of them up', async () => {
    const before = (await stack.stats()).personnel!.graphqlRequests;
    const statuses: number[] = [];
    for (let attempt = 0; attempt < RATE_LIMIT * 3; attempt += 1) {
      const result = await graphql(
        stack.gatewayUrl,
        '{ __typename }',
        {},
        { apiKey: `random-${attempt}-${Math.random()}` },
      );
      statuses.push(result.status);
    }
    const lookups = (await stack.stats()).personnel!.graphqlRequests - before;
    expect(statuses.filter((status) => status === 429).length).toBeGreaterThanOrEqual(RATE_LIMIT * 2 - 10);
    expect(statuses.every((status) => status === 401 || status === 429)).toBe(true);
    expect(lookups).toBeLessThanOrEqual(RATE_LIMIT);
    // A verified user has a bucket of its own, untouched by what its address did.
    expect((await graphql(stack.gatewayUrl, '{ __typename }', {}, { token })).status).not.toBe(429);
    // The address bucket is also the anonymous one.
    expect((await graphql(stack.gatewayUrl, '{ __typename }')).status).toBe(429);
  });

  it('gives sign-in a stricter bucket of its own', async () => {
    const statuses: number[] = [];
    for (let attempt = 0; attempt < SIGN_IN_LIMIT + 2; attempt += 1) {
      const response = await fetch(`${stack.gatewayUrl}/auth/sign-in`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'nobody' }),
      });
      statuses.push(response.status);
    }
    // The first sign-in of this file (beforeAll) used one attempt.
    expect(statuses.slice(0, SIGN_IN_LIMIT - 1)).toEqual(Array(SIGN_IN_LIMIT - 1).fill(401));
    expect(statuses.slice(SIGN_IN_LIMIT)).toEqual([429, 429]);
  });

  it('does not allow a foreign origin, with or without credentials', async () => {
    for (const method of ['POST', 'OPTIONS']) {
      const response = await fetch(`${stack.gatewayUrl}/graphql`, {
        method,
        headers: {
          origin: 'https://evil.example',
          'access-control-request-method': 'POST',
          'content-type': 'application/json',
          authorization: `Bearer ${token}`,
        },
        ...(method === 'POST' && { body: JSON.stringify({ query: '{ __typename }' }) }),
      });
      expect(response.headers.get('access-control-allow-origin'), method).toBeNull();
      expect(response.headers.get('access-control-allow-credentials'), method).toBeNull();
    }
  });

  it('does not echo a malformed body back', async () => {
    const marker = '<script>MARKER-7c1e</script>';
    for (const body of [`{"query": "${marker}`, marker, `{"query": 1, "variables": "${marker}"}`, `[${marker}]`]) {
      const response = await fetch(`${stack.gatewayUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body,
      });
      const text = await response.text();
      expect(response.status, text).toBeLessThan(500);
      expect(text).not.toContain('MARKER-7c1e');
    }
  });

  it('compresses GraphQL answers with gzip or brotli as the client asks', async () => {
    const request = (encoding: string) =>
      fetch(`${stack.gatewayUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-api-key': apiKey, 'accept-encoding': encoding },
        body: JSON.stringify({ query: '{ competencies { id code name definition } }' }),
      });
    const plain = await request('identity');
    expect(plain.headers.get('content-encoding')).toBeNull();
    const expected = await plain.text();
    for (const encoding of ['gzip', 'br']) {
      const response = await request(encoding);
      expect(response.headers.get('content-encoding'), encoding).toBe(encoding);
      // fetch decodes the body: the same answer.
      expect(await response.text()).toBe(expected);
    }
  });
});
