// API keys end to end: created with personnel's CLI on the database the running service uses, presented to the
// gateway as x-api-key: a key reads its agency only, personal fields only with pii:read, and never mutates.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { createConnection } from 'mysql2/promise';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../support/graphql-client.js';
import { startTestStack, type TestStack } from '../support/start-stack.js';
import { DATABASES, testConfig, type DatabaseKind } from '../support/test-config.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CLI = join(ROOT, 'services/personnel/dist/cli/api-keys.js');

const DIRECTORY = /* GraphQL */ `
  query Directory($first: Int) {
    employees(first: $first) {
      totalCount
      edges {
        node {
          id
          name
          golongan
          nip
        }
      }
    }
  }
`;
const CREATE = /* GraphQL */ `
  mutation Create($input: CreateEmployeeInput!) {
    createEmployee(input: $input) {
      id
    }
  }
`;

/** The service's database, chosen here so the CLI can open it too. */
function databaseEnv(database: DatabaseKind, dataDir: string, prefix: string): Record<string, string> {
  return database === 'mysql'
    ? { DATABASE_URL: testConfig.MYSQL_URL!, DATABASE_PREFIX: prefix }
    : { DATA_DIR: dataDir };
}

async function dropMysql(prefix: string): Promise<void> {
  const url = new URL(testConfig.MYSQL_URL!);
  const connection = await createConnection({
    host: url.hostname,
    port: Number(url.port || 3306),
    user: url.username || 'root',
  });
  try {
    for (const service of ['personnel', 'training', 'certification']) {
      await connection.query(`DROP DATABASE IF EXISTS \`${prefix}${service}\``);
    }
  } finally {
    await connection.end();
  }
}

describe.each(DATABASES)('API keys through the gateway on %s', (database) => {
  let stack: TestStack;
  const dataDir = mkdtempSync(join(tmpdir(), 'asn-keys-'));
  const prefix = `asn_k${process.pid}_`;
  const env = databaseEnv(database, dataDir, prefix);
  const cli = async (...args: string[]) =>
    (
      await promisify(execFile)('node', [CLI, ...args], {
        cwd: ROOT,
        env: { ...process.env, ...env, LOG_LEVEL: 'error' },
      })
    ).stdout;
  const createKey = async (scopes: string) =>
    (await cli('create', '--agency', '1', '--name', 'SIASN', '--scopes', scopes)).trim().split('\n').at(-1)!;

  beforeAll(async () => {
    stack = await startTestStack({ database, env });
  });
  afterAll(async () => {
    await stack?.stop();
    rmSync(dataDir, { recursive: true, force: true });
    if (database === 'mysql') await dropMysql(prefix);
  });

  it('reads the directory of its agency without personal fields, and with them given pii:read', async () => {
    const directory = await createKey('personnel:read');
    const pii = await createKey('personnel:read,pii:read');
    const plain = await graphql(stack.gatewayUrl, DIRECTORY, { first: 3 }, { apiKey: directory });
    expect(plain.data!.employees.totalCount).toBe(75);
    // Without pii:read the directory is in name order: the default NIP order would be the birth-date order.
    const names = plain.data!.employees.edges.map((edge: { node: { name: string } }) => edge.node.name);
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    expect(plain.data!.employees.edges[0].node).toMatchObject({
      name: expect.any(String),
      golongan: expect.any(String),
    });
    expect(plain.errors?.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN']);
    expect(plain.errors?.every((error) => error.path?.at(-1) === 'nip')).toBe(true);
    const full = await graphql(stack.gatewayUrl, DIRECTORY, { first: 3 }, { apiKey: pii });
    expect(full.errors).toBeUndefined();
    expect(full.data!.employees.edges[0].node.nip).toMatch(/^\d{18}$/);
    expect(await cli('list')).toContain('personnel:read,pii:read');
  });

  it('never mutates, and an unknown key is refused', async () => {
    const key = await createKey('personnel:read,pii:read');
    const input = {
      nip: '199904122024032901',
      name: 'X',
      golongan: 'III_A',
      education: 'S1',
      positionId: '7',
      unitId: '6',
      positionSince: '2024-03-01',
    };
    const mutation = await graphql(stack.gatewayUrl, CREATE, { input }, { apiKey: key });
    expect(mutation.errors?.[0]?.extensions?.code).toMatch(/FORBIDDEN|UNAUTHENTICATED/);
    const unknown = await graphql(stack.gatewayUrl, DIRECTORY, { first: 1 }, { apiKey: 'asn_not-a-key' });
    expect(unknown.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
