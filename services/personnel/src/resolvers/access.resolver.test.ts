import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestSubgraph } from '@asn/common/testing';
import { createApiKey, hashApiKey, parseScopes, revokeApiKey } from '../services/api-key.service.js';
import { AS, createSeededPersonnel } from '../testing/identities.js';

const PROFILE = `query ($username: String!) { signInProfile(username: $username) {
  userId username displayName role agencyId employeeId unitIds employeeIds } }`;
const KEY = 'query ($keyHash: String!) { apiKeyIdentity(keyHash: $keyHash) { id agencyId scopes } }';

describe('sign-in support', () => {
  let subgraph: TestSubgraph;
  beforeAll(async () => {
    subgraph = await createSeededPersonnel();
  });
  afterAll(() => subgraph.stop());

  it('lists the demo users publicly: an admin, a manager per unit head and ASN users per agency', async () => {
    const result = await subgraph.execute<{
      demoUsers: { username: string; role: string; agencyName: string; employeeName: string }[];
    }>('{ demoUsers { username displayName role agencyName employeeName } }', {}, { identity: AS.anonymous });
    const users = result.data!.demoUsers;
    expect(users.filter((user) => user.role === 'ADMIN').map((user) => user.username)).toEqual([
      'admin.ambon',
      'admin.mamuju',
      'admin.pematangsiantar',
      'admin.sabang',
    ]);
    expect(users.filter((user) => user.role === 'MANAGER')).toHaveLength(44);
    expect(users.find((user) => user.username === 'kabid.aplikasi.ambon')).toMatchObject({
      agencyName: 'Pemerintah Kota Ambon',
    });
    expect(users.filter((user) => user.username.startsWith('asn.sabang.'))).toHaveLength(5);
  });

  it("gives the gateway a manager's profile with the units they head, sub-units, and their people", async () => {
    const result = await subgraph.execute<{ signInProfile: Record<string, unknown> }>(
      PROFILE,
      { username: 'kadis.kominfo.ambon' },
      { identity: AS.system },
    );
    expect(result.errors).toBeUndefined();
    const profile = result.data!.signInProfile;
    expect(profile).toMatchObject({ role: 'MANAGER', agencyId: '1', employeeId: '2', unitIds: ['4', '5', '6', '7'] });
    expect(profile.employeeIds).toContain('2');
    expect(profile.employeeIds).toContain('14');
    expect(profile.employeeIds).not.toContain('1');
  });

  it('gives an ASN profile no units and no people', async () => {
    const result = await subgraph.execute<{ signInProfile: Record<string, unknown> }>(
      PROFILE,
      { username: 'asn.ambon.1' },
      { identity: AS.system },
    );
    expect(result.data!.signInProfile).toMatchObject({ role: 'ASN', employeeId: '14', unitIds: [], employeeIds: [] });
  });

  it('answers null for an unknown username', async () => {
    const result = await subgraph.execute(PROFILE, { username: 'nobody' }, { identity: AS.system });
    expect(result.data).toEqual({ signInProfile: null });
  });

  it.each([
    ['anonymous', AS.anonymous, 'UNAUTHENTICATED'],
    ['an admin', AS.admin, 'FORBIDDEN'],
    ['an API key', AS.keyPii, 'FORBIDDEN'],
  ] as const)('refuses the look-ups to %s', async (_who, identity, code) => {
    const profile = await subgraph.execute(PROFILE, { username: 'admin.ambon' }, { identity });
    expect(profile.errors?.[0]?.extensions?.code).toBe(code);
    const key = await subgraph.execute(KEY, { keyHash: 'x' }, { identity });
    expect(key.errors?.[0]?.extensions?.code).toBe(code);
  });

  it('finds a key by its hash until it is revoked', async () => {
    const { id, key } = await createApiKey(
      subgraph.dataSource,
      { agencyId: 1, name: 'SIASN', scopes: parseScopes('personnel:read,pii:read') },
      new Date('2026-11-25T00:00:00Z'),
    );
    expect(key).toMatch(/^asn_[A-Za-z0-9_-]{43}$/);
    const found = await subgraph.execute(KEY, { keyHash: hashApiKey(key) }, { identity: AS.system });
    expect(found.data).toEqual({
      apiKeyIdentity: { id: String(id), agencyId: '1', scopes: ['personnel:read', 'pii:read'] },
    });
    expect(await revokeApiKey(subgraph.dataSource, id, new Date())).toBe(true);
    const revoked = await subgraph.execute(KEY, { keyHash: hashApiKey(key) }, { identity: AS.system });
    expect(revoked.data).toEqual({ apiKeyIdentity: null });
  });

  it('refuses unknown scopes and agencies when creating a key', async () => {
    expect(() => parseScopes('personnel:read,admin')).toThrow(/unknown: admin/);
    await expect(
      createApiKey(subgraph.dataSource, { agencyId: 99, name: 'X', scopes: ['personnel:read'] }, new Date()),
    ).rejects.toThrow(/no agency 99/);
  });
});
