// The daily reminder sweep (docs/architecture.md) on 1 December 2026 at 12:00 in Ambon (03:00 UTC; the sweep's hour
// is 6), hand-worked: asn.ambon.1 (employee 14) never opens their feed, holds two certificates made to measure (76
// and 19 days left: the 90-day and the 30-day reminder) and has no JP this year (20 short, 30 days before 31
// December). The gateway's scheduler walks every agency once, a check interval after start-up, and writes their
// reminders with their outbox rows; an administrator's "run now" and two runs at once (two replicas) write nothing
// twice; the statements of a page do not grow with its size; the scheduler identity reads nothing else.
import type { Identity } from '@asn/common';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql, type GraphqlResponse } from '../support/graphql-client.js';
import { withServiceDatabase } from '../support/service-database.js';
import { signIn } from '../support/sign-in.js';
import { startTestStack, type TestStack } from '../support/start-stack.js';
import { DATABASES } from '../support/test-config.js';

const ASN = 14;
const SECRET = 'reminder-sweep-test-identity-secret';
/** The scheduler's interval once the set-up is done and the gateway restarted with it on. */
const CHECK_MS = 1_000;
const SWEEP = /* GraphQL */ `
  mutation ($agencyId: ID!, $first: Int, $after: String) {
    sweepReminders(agencyId: $agencyId, first: $first, after: $after) {
      edges {
        cursor
        node {
          id
          trainingRemindersSwept
          certificateRemindersSwept
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;
interface SweepPage {
  sweepReminders: {
    edges: {
      cursor: string;
      node: { id: string; trainingRemindersSwept: number; certificateRemindersSwept: number };
    }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}
type Service = 'training' | 'certification';
type Counts = Record<`${Service}.${'notification' | 'outbox'}`, number>;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe.each(DATABASES)('the reminder sweep on %s', (database) => {
  let stack: TestStack;
  let admin: string;

  async function rows(service: Service | 'personnel', sql: string): Promise<Record<string, unknown>[]> {
    let result: Record<string, unknown>[] = [];
    await withServiceDatabase(stack, service, async (db) => {
      result = await db.query(sql);
    });
    return result;
  }
  async function counts(): Promise<Counts> {
    const result = {} as Counts;
    for (const service of ['training', 'certification'] as const) {
      for (const table of ['notification', 'outbox'] as const) {
        const [row] = await rows(service, `SELECT COUNT(*) AS n FROM ${table}`);
        result[`${service}.${table}`] = Number(row!.n);
      }
    }
    return result;
  }
  /** The administrator's "run now": every page of agency 1; how many employees, how many reminders written. */
  async function runNow(first = 20): Promise<{ employees: number; written: number }> {
    let after: string | null = null;
    const total = { employees: 0, written: 0 };
    do {
      const response: GraphqlResponse<SweepPage> = await graphql<SweepPage>(
        stack.gatewayUrl,
        SWEEP,
        { agencyId: '1', first, after },
        { token: admin },
      );
      expect(response.errors).toBeUndefined();
      const page = response.data!.sweepReminders;
      for (const { node } of page.edges) {
        total.employees += 1;
        total.written += node.trainingRemindersSwept + node.certificateRemindersSwept;
      }
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after !== null);
    return total;
  }

  beforeAll(async () => {
    stack = await startTestStack({
      database,
      env: { CLOCK_AT: '2026-12-01T03:00:00Z', GATEWAY_IDENTITY_SECRET: SECRET },
    });
    await withServiceDatabase(stack, 'certification', async (db) => {
      await db.query(`UPDATE certificate SET renews_id = NULL WHERE employee_id = ${ASN}`);
      await db.query(`DELETE FROM certificate WHERE employee_id = ${ASN}`);
      const [scheme] = await db.query(
        `SELECT id, issuer_id AS issuerId FROM scheme WHERE retired_on IS NULL ORDER BY id LIMIT 1`,
      );
      await db.query(
        `INSERT INTO certificate (id, employee_id, agency_id, scheme_id, issuer_id, number, issued_on, expires_on)
         VALUES (9001, ${ASN}, 1, ${scheme.id}, ${scheme.issuerId}, 'UJI-9001', '2024-01-01', '2027-02-15'),
                (9002, ${ASN}, 1, ${scheme.id}, ${scheme.issuerId}, 'UJI-9002', '2024-01-01', '2026-12-20')`,
      );
    });
    await withServiceDatabase(stack, 'training', async (db) => {
      await db.query(`DELETE FROM enrolment WHERE employee_id = ${ASN}`);
      await db.query(`DELETE FROM past_training WHERE employee_id = ${ASN}`);
      await db.query(
        `DELETE FROM placement_competency WHERE placement_id IN (SELECT id FROM placement WHERE employee_id = ${ASN})`,
      );
      await db.query(`DELETE FROM placement WHERE employee_id = ${ASN}`);
    });
    for (const service of ['training', 'certification'] as const) {
      await withServiceDatabase(stack, service, async (db) => {
        await db.query('DELETE FROM notification');
        await db.query('DELETE FROM outbox');
      });
    }
    // The scheduler on only now, so it cannot run before the set-up above: its first check comes an interval after
    // the gateway starts.
    await stack.restart('gateway', {
      REMINDER_SWEEP: 'true',
      REMINDER_SWEEP_HOUR: '6',
      REMINDER_SWEEP_CHECK_MS: String(CHECK_MS),
    });
    admin = await signIn(stack.gatewayUrl, 'admin.ambon');
  }, 120_000);
  afterAll(() => stack?.stop());

  it('writes the due reminders of someone who never opened their feed, with their outbox rows', async () => {
    // Nobody reads employee 14's feed here: only the scheduler can write these.
    const deadline = Date.now() + CHECK_MS + 60_000;
    let written: Record<string, unknown>[] = [];
    while (Date.now() < deadline) {
      written = await rows('certification', `SELECT subject_id AS s FROM notification WHERE employee_id = ${ASN}`);
      if (written.length > 0) break;
      await sleep(1000);
    }
    // The scheduler has reached employee 14: wait for it to finish every agency (the counts stop moving).
    let last = await counts();
    for (let still = 0; still < 3;) {
      await sleep(1000);
      const now = await counts();
      still = JSON.stringify(now) === JSON.stringify(last) ? still + 1 : 0;
      last = now;
    }
    const certificates = await rows(
      'certification',
      `SELECT kind, subject_id AS subjectId, threshold FROM notification WHERE employee_id = ${ASN} ORDER BY subject_id`,
    );
    expect(certificates.map((row) => [row.kind, Number(row.subjectId), Number(row.threshold)])).toEqual([
      ['CERTIFICATE_EXPIRING', 9001, 90],
      ['CERTIFICATE_EXPIRING', 9002, 30],
    ]);
    const jp = await rows(
      'training',
      `SELECT subject_id AS subjectId, threshold, title FROM notification WHERE employee_id = ${ASN} AND kind = 'JP_SHORTFALL'`,
    );
    expect(jp.map((row) => [Number(row.subjectId), Number(row.threshold), row.title])).toEqual([[2026, 30, '20 JP']]);
    // Each with its outbox row, for a mail connector to pick up.
    for (const service of ['training', 'certification'] as const) {
      const outbox = await rows(service, `SELECT payload FROM outbox`);
      const keys = outbox.map((row) => JSON.parse(String(row.payload)).dedupeKey as string);
      const notified = await rows(service, `SELECT dedupe_key AS k FROM notification`);
      expect(keys.sort(), service).toEqual(notified.map((row) => String(row.k)).sort());
    }
    expect(last['certification.notification']).toBeGreaterThanOrEqual(2);
  }, 150_000);

  it('writes nothing on a second run, nor twice when two run at once', async () => {
    const before = await counts();
    const [{ n: employees }] = (await rows('personnel', 'SELECT COUNT(*) AS n FROM employee WHERE agency_id = 1')) as {
      n: number;
    }[];
    expect(await runNow()).toEqual({ employees: Number(employees), written: 0 });
    expect(await counts()).toEqual(before);
    // A reminder falls due (a certificate of employee 15 with 14 days left); two replicas sweep at once.
    await withServiceDatabase(stack, 'certification', async (db) => {
      const [scheme] = await db.query(`SELECT id, issuer_id AS issuerId FROM scheme ORDER BY id LIMIT 1`);
      await db.query(
        `INSERT INTO certificate (id, employee_id, agency_id, scheme_id, issuer_id, number, issued_on, expires_on)
         VALUES (9003, 15, 1, ${scheme.id}, ${scheme.issuerId}, 'UJI-9003', '2024-01-01', '2026-12-15')`,
      );
    });
    const both = await Promise.all([runNow(), runNow()]);
    expect(both[0].written + both[1].written).toBe(1);
    expect(await counts()).toEqual({
      ...before,
      'certification.notification': before['certification.notification'] + 1,
      'certification.outbox': before['certification.outbox'] + 1,
    });
  });

  it('spends no more statements on a page of 40 than on a page of 5', async () => {
    // Every employee of the two pages gets a certificate with 20 days left, so each has one reminder to write.
    const ids = (await rows('personnel', 'SELECT id FROM employee WHERE agency_id = 1 ORDER BY id')).map((row) =>
      Number(row.id),
    );
    expect(ids.length).toBeGreaterThanOrEqual(45);
    await withServiceDatabase(stack, 'certification', async (db) => {
      const [scheme] = await db.query(`SELECT id, issuer_id AS issuerId FROM scheme ORDER BY id LIMIT 1`);
      const values = ids
        .slice(0, 45)
        .map(
          (id, i) =>
            `(${9100 + i}, ${id}, 1, ${scheme.id}, ${scheme.issuerId}, 'UJI-${9100 + i}', '2024-01-01', '2026-12-21')`,
        );
      await db.query(
        `INSERT INTO certificate (id, employee_id, agency_id, scheme_id, issuer_id, number, issued_on, expires_on)
         VALUES ${values.join(', ')}`,
      );
    });
    async function page(first: number, after: string | null) {
      const before = await stack.stats();
      const response = await graphql<SweepPage>(
        stack.gatewayUrl,
        SWEEP,
        { agencyId: '1', first, after },
        { token: admin },
      );
      const after_ = await stack.stats();
      expect(response.errors).toBeUndefined();
      const edges = response.data!.sweepReminders.edges;
      return {
        edges,
        written: edges.reduce((sum, { node }) => sum + node.certificateRemindersSwept, 0),
        training: after_.training!.sqlStatements - before.training!.sqlStatements,
        certification: after_.certification!.sqlStatements - before.certification!.sqlStatements,
      };
    }
    const small = await page(5, null);
    const large = await page(40, small.edges.at(-1)!.cursor);
    expect([small.edges.length, small.written, large.edges.length, large.written]).toEqual([5, 5, 40, 40]);
    // Measured: certification 8 and 8 on both databases; training 15 and 15 on SQLite, 16 and 14 on MariaDB. Training's
    // loads take a round or two more or less with the paths a page's people take (the seats sweep loads sessions only
    // when one of their gaps has a training), never one per person: 35 more people would be 35 more statements.
    expect(large.certification).toBe(small.certification);
    expect(Math.abs(large.training - small.training)).toBeLessThanOrEqual(2);
    // The control: a page writes in one transaction of a few statements, not none.
    expect(small.certification).toBeGreaterThan(3);
  });

  it('gives the scheduler identity its agency’s sweep and nothing else', async () => {
    const scheduler: Identity = { kind: 'scheduler', agencyId: '1', timeZone: 'Asia/Jayapura' };
    const ask = (service: 'personnel' | Service, query: string, variables: Record<string, unknown> = {}) =>
      graphql(stack.subgraphUrls[service]!, query, variables, {
        as: { identity: scheduler, secret: SECRET, audience: service },
      });
    const refused = (response: GraphqlResponse<unknown>) =>
      (response.errors ?? []).map((error) => error.extensions?.code);
    const employee14 = { __typename: 'Employee', id: String(ASN) };
    const attempts = {
      'an employee': await ask('personnel', `{ employee(id: "${ASN}") { id name } }`),
      'the directory': await ask('personnel', `{ employees(first: 5) { edges { node { id } } } }`),
      'another agency’s sweep': await ask(
        'personnel',
        `mutation { sweepReminders(agencyId: "2", first: 1) { edges { node { id } } } }`,
      ),
      'a personal field of a swept page': await ask(
        'personnel',
        `mutation { sweepReminders(agencyId: "1", first: 1) { edges { node { id nipFormatted } } } }`,
      ),
      enrolments: await ask(
        'training',
        `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Employee { enrolments { id } } } }`,
        { r: [employee14] },
      ),
      certificates: await ask(
        'certification',
        `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Employee { certificates { id } } } }`,
        { r: [employee14] },
      ),
      'the feed': await ask(
        'certification',
        `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Employee { certificationNotifications { unreadCount } } } }`,
        { r: [employee14] },
      ),
      'another agency’s employee': await ask(
        'certification',
        `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Employee { certificateRemindersSwept } } }`,
        { r: [{ ...employee14, agency: { id: '2' } }] },
      ),
    };
    for (const [what, response] of Object.entries(attempts)) expect(refused(response), what).toContain('FORBIDDEN');
    // The control: its own agency's sweep is allowed (everything due is written already).
    const own = await ask(
      'certification',
      `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Employee { certificateRemindersSwept } } }`,
      { r: [{ ...employee14, agency: { id: '1' } }] },
    );
    expect(own.errors).toBeUndefined();
    expect(own.data).toEqual({ _entities: [{ certificateRemindersSwept: 0 }] });
  });
});
