import { describe, expect, it, vi } from 'vitest';
import type { SystemClient } from '../system-client.js';
import { createApiKeyResolver, hashApiKey } from './api-keys.js';
import { createAuthenticator } from './authenticate.js';

/** A personnel stand-in that knows the keys in `rows` (by hash) and counts its lookups. */
function fakePersonnel(rows: Map<string, { id: string; agencyId: string; scopes: string[] }>) {
  const lookups = vi.fn(async (_query: string, variables: Record<string, unknown>) => ({
    apiKeyIdentity: rows.get(variables.keyHash as string) ?? null,
  }));
  return { client: lookups as unknown as SystemClient, lookups };
}

describe('the API key resolver', () => {
  it('stops accepting a revoked key within the verified TTL', async () => {
    let now = 1_000;
    const rows = new Map([[hashApiKey('good'), { id: '3', agencyId: '1', scopes: ['personnel:read'] }]]);
    const { client, lookups } = fakePersonnel(rows);
    const resolve = createApiKeyResolver(client, { verifiedTtlMs: 5_000, now: () => now });
    expect(await resolve('good')).toMatchObject({ kind: 'apiKey', keyId: '3' });
    expect(await resolve('good')).toMatchObject({ keyId: '3' });
    expect(lookups).toHaveBeenCalledTimes(1);
    // Still valid after the short TTL: looked up again even when its address may no longer cause lookups.
    now += 5_001;
    expect(await resolve('good', async () => false)).toMatchObject({ keyId: '3' });
    rows.clear(); // revoked
    now += 5_001;
    expect(await resolve('good')).toBeNull();
  });

  it('refuses a known-bad key again without asking personnel, and never grows past its size', async () => {
    const { client, lookups } = fakePersonnel(new Map());
    const resolve = createApiKeyResolver(client, { maxEntries: 3 });
    expect(await resolve('bad')).toBeNull();
    expect(await resolve('bad')).toBeNull();
    expect(lookups).toHaveBeenCalledTimes(1);
    for (const key of ['b1', 'b2', 'b3', 'b4']) await resolve(key);
    // 'bad' was evicted by newer unknown keys: the cache holds at most three.
    await resolve('bad');
    expect(lookups).toHaveBeenCalledTimes(6);
  });

  it('does not look a new key up once the caller may not cause lookups, nor an oversized key at all', async () => {
    const { client, lookups } = fakePersonnel(new Map());
    const resolve = createApiKeyResolver(client);
    expect(await resolve('fresh', async () => false)).toBe('throttled');
    expect(await resolve('k'.repeat(10_000))).toBeNull();
    expect(lookups).not.toHaveBeenCalled();
  });
});

describe('the authenticator', () => {
  const always = async () => true;
  it('refuses a request carrying both a bearer token and an API key, so a key cannot ride on a token', async () => {
    const rows = new Map([[hashApiKey('good'), { id: '3', agencyId: '1', scopes: [] }]]);
    const authenticate = createAuthenticator(
      async () => ({ sub: '7', role: 'ASN', agencyId: '1' }),
      createApiKeyResolver(fakePersonnel(rows).client),
    );
    expect(await authenticate({ authorization: 'Bearer a.b.c' }, always)).toMatchObject({
      outcome: 'verified',
      identity: { kind: 'user', userId: '7' },
    });
    expect((await authenticate({ authorization: 'Bearer a.b.c', 'x-api-key': 'good' }, always)).outcome).toBe(
      'refused',
    );
    expect((await authenticate({ authorization: 'Bearer a.b.c trailing' }, always)).outcome).toBe('refused');
    expect((await authenticate({ 'x-api-key': 'wrong' }, always)).outcome).toBe('refused');
    expect(await authenticate({}, always)).toEqual({ outcome: 'verified', identity: { kind: 'anonymous' } });
  });
});
