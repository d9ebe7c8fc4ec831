import 'reflect-metadata';
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Identity } from '@asn/common';
import type { TestSubgraph } from '@asn/common/testing';
import { ApiKey } from '../entities/api-key.entity.js';
import { UserAccount } from '../entities/user-account.entity.js';
import { AS, createSeededPersonnel } from '../testing/identities.js';

const CREATE = `mutation ($input: CreateApiKeyInput!) { createApiKey(input: $input) { key apiKey { id name scopes } } }`;
const LIST = `{ apiKeys { id name scopes createdAt createdBy revokedAt } }`;
const REVOKE = `mutation ($id: ID!) { revokeApiKey(input: { id: $id }) { id revokedAt } }`;
const LOOKUP = `query ($hash: String!) { apiKeyIdentity(keyHash: $hash) { id agencyId scopes } }`;

describe('API keys kept by the agency administrator', () => {
  let subgraph: TestSubgraph;
  let admin: Identity;
  let adminName: string;
  /** How the audit logs name the administrator. */
  let adminActor: string;
  const run = async (query: string, variables: Record<string, unknown>, identity: Identity) =>
    subgraph.execute<Record<string, never>>(query, variables, { identity });
  const keys = () => subgraph.dataSource.getRepository(ApiKey).count();

  beforeAll(async () => {
    subgraph = await createSeededPersonnel();
    const account = await subgraph.dataSource
      .getRepository(UserAccount)
      .findOneByOrFail({ role: 'ADMIN', agencyId: 1 });
    adminName = account.displayName;
    adminActor = `user:${account.id}`;
    admin = { ...AS.admin, userId: String(account.id) } as Identity;
  });
  afterAll(() => subgraph.stop());

  it('creates a key shown once, stores only its SHA-256, and lists it with who created it', async () => {
    const created = await run(CREATE, { input: { name: 'SIASN sync', scopes: ['pii:read', 'personnel:read'] } }, admin);
    expect(created.errors).toBeUndefined();
    const { key, apiKey } = (created.data as unknown as { createApiKey: { key: string; apiKey: { id: string } } })
      .createApiKey;
    expect(key).toMatch(/^asn_[A-Za-z0-9_-]{43}$/);
    const row = await subgraph.dataSource.getRepository(ApiKey).findOneByOrFail({ id: Number(apiKey.id) });
    expect(row.keyHash).toBe(createHash('sha256').update(key).digest('hex'));
    expect(JSON.stringify(row)).not.toContain(key);
    const listed = (await run(LIST, {}, admin)).data as unknown as { apiKeys: Record<string, unknown>[] };
    expect(listed.apiKeys[0]).toMatchObject({
      id: apiKey.id,
      name: 'SIASN sync',
      scopes: ['personnel:read', 'pii:read'],
      createdBy: adminName,
      revokedAt: null,
    });
    // The gateway finds it by the hash, with its agency and scopes.
    const found = await run(LOOKUP, { hash: row.keyHash }, AS.system);
    expect(found.data).toEqual({
      apiKeyIdentity: { id: apiKey.id, agencyId: '1', scopes: ['personnel:read', 'pii:read'] },
    });
  });

  it('refuses a key without a name or with an unknown scope, writing nothing', async () => {
    const before = await keys();
    const noScope = await run(CREATE, { input: { name: 'X', scopes: [] } }, admin);
    expect(noScope.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.scopes' });
    const unknown = await run(CREATE, { input: { name: 'X', scopes: ['employee:write'] } }, admin);
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ field: 'input.scopes' });
    const blank = await run(CREATE, { input: { name: ' ', scopes: ['training:read'] } }, admin);
    expect(blank.errors?.[0]?.extensions).toMatchObject({ field: 'input.name' });
    expect(await keys()).toBe(before);
  });

  it('is the administrator’s alone: a manager, an ASN and an API key are refused', async () => {
    for (const identity of [AS.manager, AS.asn, AS.keyPii]) {
      expect((await run(LIST, {}, identity)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const create = await run(CREATE, { input: { name: 'X', scopes: ['training:read'] } }, identity);
      expect(create.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
  });

  it('revokes a key so the gateway no longer finds it; another agency’s administrator finds no such key', async () => {
    const created = await run(CREATE, { input: { name: 'E-learning', scopes: ['training:read'] } }, admin);
    const { key, apiKey } = (created.data as unknown as { createApiKey: { key: string; apiKey: { id: string } } })
      .createApiKey;
    const hash = createHash('sha256').update(key).digest('hex');
    const foreign = await run(REVOKE, { id: apiKey.id }, AS.adminMamuju);
    expect(foreign.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.id' });
    expect((await run(LIST, {}, AS.adminMamuju)).data).toEqual({ apiKeys: [] });
    expect((await run(LOOKUP, { hash }, AS.system)).data).toMatchObject({ apiKeyIdentity: { id: apiKey.id } });
    const revoked = await run(REVOKE, { id: apiKey.id }, admin);
    expect((revoked.data as unknown as { revokeApiKey: { revokedAt: string } }).revokeApiKey.revokedAt).toMatch(/^20/);
    expect((await run(LOOKUP, { hash }, AS.system)).data).toEqual({ apiKeyIdentity: null });
    const again = await run(REVOKE, { id: apiKey.id }, admin);
    expect(again.errors?.[0]?.extensions).toMatchObject({ field: 'input.id' });
  });

  it('lists the keys in the same number of SQL statements however many there are', async () => {
    const count = async () => {
      const before = subgraph.counter.statements;
      await run(LIST, {}, admin);
      return subgraph.counter.statements - before;
    };
    const few = await count();
    for (const name of ['A', 'B', 'C', 'D']) await run(CREATE, { input: { name, scopes: ['training:read'] } }, admin);
    expect(await count()).toBe(few);
  });

  it('names the actors of audit entries for the agency’s administrator only, in the order asked', async () => {
    const ACTORS = `query ($actors: [String!]!) { auditActors(actors: $actors) { actor name } }`;
    const { apiKeys } = (await run(LIST, {}, admin)).data as unknown as { apiKeys: { id: string; name: string }[] };
    const keyRow = apiKeys[0]!;
    const mamuju = await subgraph.dataSource.getRepository(UserAccount).findOneByOrFail({ agencyId: 2 });
    const actors = ['system', `apiKey:${keyRow.id}`, adminActor, `user:${mamuju.id}`];
    const named = await run(ACTORS, { actors }, admin);
    expect(named.data).toEqual({
      auditActors: [
        { actor: 'system', name: null },
        { actor: `apiKey:${keyRow.id}`, name: keyRow.name },
        { actor: adminActor, name: adminName },
        // Another agency's user is not named to this administrator.
        { actor: `user:${mamuju.id}`, name: null },
      ],
    });
    const before = subgraph.counter.statements;
    await run(ACTORS, { actors }, admin);
    const statements = subgraph.counter.statements - before;
    await run(ACTORS, { actors: [...actors, 'user:1', 'user:2', 'user:3', 'apiKey:1', 'apiKey:2'] }, admin);
    expect(subgraph.counter.statements - before - statements).toBe(statements);
    for (const identity of [AS.manager, AS.asn, AS.keyPii]) {
      expect((await run(ACTORS, { actors }, identity)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
  });
});
