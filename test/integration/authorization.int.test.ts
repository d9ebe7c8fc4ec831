// The authorization table (docs/authorization.md), through the gateway on both databases: every root field of the
// client schema against every role (anonymous, ASN on self and on a colleague, manager on their person and on someone
// outside, administrators of the agency and of another, API keys with and without pii:read and of another agency).
// Mutations run for real; whatever is not allowed must leave every table as it was. Then the subgraphs' own guard: no
// identity, a forged or an expired one, and API keys trying mutations behind the gateway's back.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IDENTITY_HEADER, signIdentity, type Identity } from '@asn/common';
import { asRole } from '@asn/common/testing';
import { AdminFixtures } from '../support/admin-fixtures.js';
import { diffSnapshots, snapshotDatabases } from '../support/db-snapshot.js';
import { graphql } from '../support/graphql-client.js';
import {
  COLLEAGUE,
  MANAGER_SELF,
  OUTSIDER,
  ROLES,
  createCallers,
  type Caller,
  type Role,
} from '../support/identities.js';
import { startTestStack, type TestStack } from '../support/start-stack.js';
import { DATABASES } from '../support/test-config.js';
import { checkOutcome, type TableRow } from './authorization-outcomes.js';
import { MUTATION_ROWS, SELF_DECISION_ROWS } from './authorization-mutations.table.js';
import { QUERY_ROWS } from './authorization-queries.table.js';

const API_SCHEMA = buildSchema(
  readFileSync(fileURLToPath(new URL('../../schema/api.graphql', import.meta.url)), 'utf8'),
);
const SECRET = 'authorization-test-identity-secret';
const FULL_KEY_SCOPES = ['personnel:read', 'training:read', 'certification:read', 'pii:read'] as const;
/** The stack's fixed instant: midday in Ambon (WIT) on TODAY, so fixtures can enrol in, attend and complete a session
 *  held that day (attendance needs a started session, results an ended one). */
const TODAY = '2026-12-01';
const CLOCK_AT = `${TODAY}T03:00:00Z`;
const rowName = (row: TableRow) => `${row.field}${row.label ? ` (${row.label})` : ''}`;

describe('the authorization table', () => {
  it('has a row for every root Query and Mutation field of schema/api.graphql', () => {
    const covered = new Set([...QUERY_ROWS, ...MUTATION_ROWS].map((row) => row.field));
    const missing = [API_SCHEMA.getQueryType()!, API_SCHEMA.getMutationType()!].flatMap((type) =>
      Object.keys(type.getFields())
        .filter((field) => !covered.has(field))
        .map((field) => `${type.name}.${field}`),
    );
    expect(missing, 'root fields without a row in the authorization table').toEqual([]);
  });
});

describe.each(DATABASES)('authorization through the gateway on %s', (database) => {
  let stack: TestStack;
  let callers: Record<Role, Caller>;
  let fixtures: AdminFixtures;

  beforeAll(async () => {
    stack = await startTestStack({
      database,
      env: { GATEWAY_IDENTITY_SECRET: SECRET, CLOCK_AT },
      envOf: { gateway: { RATE_LIMIT_PER_MINUTE: '100000' } },
    });
    callers = await createCallers(stack);
    fixtures = new AdminFixtures(stack.gatewayUrl, callers.admin.request.token!, TODAY);
  });
  afterAll(() => stack?.stop());

  /** Tries the row as one role; returns a line when its outcome differs from the table. */
  async function tryRole(row: TableRow, role: Role, isMutation: boolean): Promise<string | undefined> {
    const caller = callers[role];
    const outcome = row.expected[role];
    try {
      const variables = await row.variables(caller, fixtures);
      const before = isMutation && outcome !== 'ALLOWED' ? await snapshotDatabases(stack.databaseEnv) : undefined;
      const response = await graphql(stack.gatewayUrl, row.document, variables, caller.request);
      checkOutcome(response, row.field, outcome, caller);
      if (before)
        expect(diffSnapshots(before, await snapshotDatabases(stack.databaseEnv)), 'wrote nothing').toEqual([]);
    } catch (error) {
      const expected = typeof outcome === 'string' ? outcome : `FILTERED: ${outcome.filtered}`;
      return `${caller.title} (${role}), expected ${expected}: ${(error as Error).message.split('\n')[0]}`;
    }
    return undefined;
  }

  /** Tries the row as every role; returns one line per role whose outcome differs from the table. A query changes
   *  nothing, so its roles ask at once; a mutation's roles go one after another, each against the state the previous
   *  left and with a snapshot of every table around its attempt. */
  async function tryRow(row: TableRow, isMutation: boolean): Promise<string[]> {
    const failures: (string | undefined)[] = [];
    if (isMutation) for (const role of ROLES) failures.push(await tryRole(row, role, true));
    else failures.push(...(await Promise.all(ROLES.map((role) => tryRole(row, role, false)))));
    return failures.filter((failure) => failure !== undefined);
  }

  it('the table snapshot sees a write, so “wrote nothing” can fail', async () => {
    const before = await snapshotDatabases(stack.databaseEnv);
    expect(diffSnapshots(before, await snapshotDatabases(stack.databaseEnv))).toEqual([]);
    await fixtures.session();
    expect(diffSnapshots(before, await snapshotDatabases(stack.databaseEnv))).toEqual([
      expect.stringMatching(/^training\.training_session: \+1 -0 rows/),
    ]);
  });

  it.each(QUERY_ROWS.map((row) => [rowName(row), row] as const))('query %s', async (_name, row) => {
    expect(await tryRow(row, false)).toEqual([]);
  });

  it.each(MUTATION_ROWS.map((row) => [rowName(row), row] as const))('mutation %s', async (_name, row) => {
    expect(await tryRow(row, true)).toEqual([]);
  });

  it.each(SELF_DECISION_ROWS.map((row) => [rowName(row), row] as const))(
    'nobody decides about themself: %s',
    async (_name, row) => {
      expect(await tryRow(row, true)).toEqual([]);
    },
  );

  it('a subgraph called without the gateway answers 401, except /health and /ready', async () => {
    for (const url of Object.values(stack.subgraphUrls)) {
      const post = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ __typename }' }),
      });
      expect(post.status, url).toBe(401);
      expect((await fetch(`${url}?query=%7B__typename%7D`)).status, url).toBe(401);
      expect((await fetch(new URL('/health', url))).status).toBe(200);
      expect((await fetch(new URL('/ready', url))).status).toBe(200);
    }
  });

  it('a subgraph refuses a forged or an expired identity header', async () => {
    const admin = asRole('ADMIN', { userId: 'admin.ambon', agencyId: 1, employeeId: 31 });
    const body = JSON.stringify({ query: '{ employee(id: "15") { nip } }' });
    const forPersonnel = { audience: 'personnel', search: '', body };
    const headers = {
      forged: await signIdentity({ kind: 'system' }, 'not-the-secret', forPersonnel),
      expired: await signIdentity(admin, SECRET, forPersonnel, -120),
      'made for another subgraph': await signIdentity(admin, SECRET, { ...forPersonnel, audience: 'training' }),
      'made for another body': await signIdentity(admin, SECRET, {
        ...forPersonnel,
        body: '{"query":"{ __typename }"}',
      }),
      'made for another query string': await signIdentity(admin, SECRET, { ...forPersonnel, search: '?x=1' }),
      'living longer than a few seconds': await signIdentity(admin, SECRET, forPersonnel, 3600),
      garbage: 'eyJhbGciOiJub25lIn0.eyJpZGVudGl0eSI6eyJraW5kIjoic3lzdGVtIn19.',
    };
    for (const [what, token] of Object.entries(headers)) {
      const response = await fetch(stack.subgraphUrls.personnel!, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [IDENTITY_HEADER]: token },
        body,
      });
      expect(response.status, what).toBe(401);
      expect(await response.text(), what).not.toContain('nip');
    }
    // The same request with a valid header goes through: the refusals above are about the header alone.
    const valid = await graphql(
      stack.subgraphUrls.personnel!,
      '{ employee(id: "15") { nip } }',
      {},
      { as: { identity: admin, secret: SECRET, audience: 'personnel' } },
    );
    expect(valid.data?.employee).toEqual({ nip: expect.stringMatching(/^\d{18}$/) });
  });

  it.each([
    ['an API key', { kind: 'apiKey', keyId: '1', agencyId: '1', scopes: [...FULL_KEY_SCOPES] }],
    ['the gateway’s own system identity', { kind: 'system' }],
  ] as const)(
    '%s may run no mutation in any subgraph, even signed by the gateway',
    async (_who, who) => {
      const identity = who as Identity;
      const failures: string[] = [];
      for (const row of MUTATION_ROWS) {
        const variables = await row.variables(callers['key.pii'], fixtures);
        const before = await snapshotDatabases(stack.databaseEnv);
        if (identity.kind === 'apiKey') {
          const viaGateway = await graphql(stack.gatewayUrl, row.document, variables, callers['key.pii'].request);
          if (viaGateway.errors?.[0]?.extensions?.code !== 'FORBIDDEN')
            failures.push(`gateway let ${row.field} through`);
        }
        const answers = await Promise.all(
          Object.entries(stack.subgraphUrls).map(async ([name, url]) => {
            const response = await graphql(url, row.document, variables, {
              as: { identity, secret: SECRET, audience: name },
            });
            return { name, codes: (response.errors ?? []).map((error) => error.extensions?.code) };
          }),
        );
        // One subgraph owns the field and refuses it; the others do not know it.
        const owners = answers.filter((answer) => !answer.codes.includes('GRAPHQL_VALIDATION_FAILED'));
        if (owners.length !== 1 || !owners[0]!.codes.includes('FORBIDDEN')) {
          failures.push(`${row.field} behind the gateway: ${JSON.stringify(answers)}`);
        }
        const changes = diffSnapshots(before, await snapshotDatabases(stack.databaseEnv));
        if (changes.length) failures.push(`${row.field} wrote ${changes.join('; ')}`);
      }
      expect(failures).toEqual([]);
      // Every mutation row, tried against three subgraphs with a snapshot of every table before and after.
    },
    300_000,
  );

  it('the gateway’s own identity reads no personal data and no list, in any subgraph', async () => {
    const system: Identity = { kind: 'system' };
    const reads: [string, string][] = [
      ['personnel', '{ employee(id: "15") { id nip } }'],
      ['personnel', '{ employees(filter: { agencyId: "1" }, first: 5) { edges { node { id } } } }'],
      ['training', '{ enrolment(id: "1") { id status } }'],
      ['certification', '{ certificate(id: "1") { id number } }'],
    ];
    for (const [name, query] of reads) {
      const response = await graphql(
        stack.subgraphUrls[name]!,
        query,
        {},
        {
          as: { identity: system, secret: SECRET, audience: name },
        },
      );
      expect(JSON.stringify(response.data ?? null), query).not.toMatch(/\d{18}|"status"|"number"|"edges"/);
      expect(
        (response.errors ?? []).map((error) => error.extensions?.code),
        query,
      ).toContain('FORBIDDEN');
    }
  });

  it('internal root fields are not in the client API: absent from api.graphql and refused at the gateway', async () => {
    const internal: [string, string][] = [
      ['signInProfile', 'query { signInProfile(username: "admin.ambon") { userId role } }'],
      ['apiKeyIdentity', `query { apiKeyIdentity(keyHash: "${'0'.repeat(64)}") { id } }`],
      ['managedScope', 'query { managedScope(employeeId: "4") { unitIds employeeIds } }'],
    ];
    for (const [field, document] of internal) {
      expect(API_SCHEMA.getQueryType()!.getFields()[field], field).toBeUndefined();
      for (const role of ['anonymous', 'asn.self', 'admin', 'key.pii'] as const) {
        const response = await graphql(stack.gatewayUrl, document, {}, callers[role].request);
        expect(response.data?.[field] ?? null, `${field} as ${role}`).toBeNull();
        expect(response.errors?.[0]?.extensions?.code, `${field} as ${role}`).toBe('GRAPHQL_VALIDATION_FAILED');
      }
      // Behind the gateway's back, only the gateway's own identity gets an answer.
      const admin = asRole('ADMIN', { userId: '1', agencyId: 1, employeeId: 31 });
      const direct = await graphql(
        stack.subgraphUrls.personnel!,
        document,
        {},
        {
          as: { identity: admin, secret: SECRET, audience: 'personnel' },
        },
      );
      expect(direct.errors?.[0]?.extensions?.code, `${field} straight to personnel`).toBe('FORBIDDEN');
    }
  });

  // Last: it moves people between units.
  it('who a manager manages follows personnel per request, not the token: moved out is refused, moved in is allowed', async () => {
    const manager = callers['manager.own'].request;
    const request = async (employeeId: number) =>
      graphql(
        stack.gatewayUrl,
        `
          mutation ($input: RequestEnrolmentInput!) {
            requestEnrolment(input: $input) {
              id
            }
          }
        `,
        { input: { employeeId: String(employeeId), sessionId: await fixtures.session() } },
        manager,
      );
    // A move to another unit is a new post in the position history; the manager is the employee record's own.
    const move = async (employeeId: number, unitId: string, managerId: string | null) => {
      const post = await fixtures.run<{ employee: { position: { id: string } } }>(
        `query ($id: ID!) { employee(id: $id) { position { id } } }`,
        { id: String(employeeId) },
      );
      await fixtures.run(`mutation ($input: RecordPositionInput!) { recordPosition(input: $input) { id } }`, {
        input: { employeeId: String(employeeId), positionId: post.employee.position.id, unitId, fromDate: TODAY },
      });
      return fixtures.run(`mutation ($input: UpdateEmployeeInput!) { updateEmployee(input: $input) { id } }`, {
        input: { id: String(employeeId), version: (await fixtures.employee(employeeId)).version, managerId },
      });
    };
    expect((await request(COLLEAGUE)).errors).toBeUndefined();
    expect((await request(OUTSIDER)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    // The same bearer token throughout: only personnel's data changes.
    await move(COLLEAGUE, '9', null);
    await move(OUTSIDER, '6', String(MANAGER_SELF));
    expect((await request(COLLEAGUE)).errors?.[0]?.extensions?.code, 'moved out').toBe('FORBIDDEN');
    expect((await request(OUTSIDER)).errors, 'moved in').toBeUndefined();
    const colleague = await graphql(stack.gatewayUrl, '{ employee(id: "15") { nip } }', {}, manager);
    expect(colleague.data?.employee ?? { nip: null }, 'personnel too').toEqual({ nip: null });
  });
});
