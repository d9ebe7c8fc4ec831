// The gateway's production switches: introspection off, only trusted documents (API keys excepted), a rate limit
// per identity whose message never echoes the credential, and security headers on the web app. SQLite only: these
// are the gateway's, not the database's.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKey } from '../support/api-key.js';
import { graphql } from '../support/graphql-client.js';
import { signIn } from '../support/sign-in.js';
import { startTestStack, type TestStack } from '../support/start-stack.js';

const RATE_LIMIT = 8;

describe('the gateway in production mode', () => {
  let stack: TestStack;
  let apiKey: string;
  beforeAll(async () => {
    stack = await startTestStack({
      database: 'sqlite',
      envOf: {
        gateway: { INTROSPECTION: 'false', TRUSTED_DOCUMENTS_ONLY: 'true', RATE_LIMIT_PER_MINUTE: String(RATE_LIMIT) },
      },
    });
    apiKey = await createApiKey(stack.databaseEnv, 1, ['personnel:read']);
  });
  afterAll(() => stack?.stop());

  it('refuses a document that is not one of the web app’s, unless an API key sends it', async () => {
    const anonymous = await graphql(stack.gatewayUrl, '{ agencies { id } }');
    expect(anonymous.data ?? null).toBeNull();
    expect(JSON.stringify(anonymous.errors)).toMatch(/persisted/i);
    const external = await graphql(stack.gatewayUrl, '{ agencies { id } }', {}, { apiKey });
    expect(external.errors).toBeUndefined();
    expect((external.data!.agencies as unknown[]).length).toBe(4);
  });

  it('refuses introspection', async () => {
    const result = await graphql(stack.gatewayUrl, '{ __schema { types { name } } }', {}, { apiKey });
    expect(result.data?.__schema ?? null).toBeNull();
    expect(result.errors?.length).toBeGreaterThan(0);
  });

  it('limits requests per identity with 429 and a message that does not echo the token', async () => {
    const token = await signIn(stack.gatewayUrl, 'asn.ambon.1');
    const statuses: number[] = [];
    let refusal = '';
    for (let attempt = 0; attempt < RATE_LIMIT + 2; attempt += 1) {
      const response = await fetch(`${stack.gatewayUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: '{ __typename }' }),
      });
      statuses.push(response.status);
      if (response.status === 429) refusal = await response.text();
      else await response.text();
    }
    expect(statuses.slice(0, RATE_LIMIT).every((status) => status !== 429)).toBe(true);
    expect(statuses.slice(RATE_LIMIT)).toEqual([429, 429]);
    expect(refusal).toContain('RATE_LIMITED');
    expect(refusal).not.toContain(token);
    // Another identity has its own allowance.
    expect((await graphql(stack.gatewayUrl, '{ agencies { id } }', {}, { apiKey })).status).toBe(200);
  });

  it('serves the web app with security headers', async () => {
    const response = await fetch(`${stack.gatewayUrl}/`);
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
  });
});
