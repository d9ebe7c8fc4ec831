// The notification feeds through the gateway on 1 December 2026 (Ambon's date, 30 days before the year ends),
// hand-worked: asn.ambon.1 (employee 14) holds five certificates made to measure and has no JP this year; their
// head of unit is kabid.aplikasi.ambon (employee 4). Event-driven notifications come with their outbox row in the
// event's transaction; time-based ones are swept on read, once per threshold; the statements do not grow with rows.
// For the seats reminder, employee 14's position requires Integritas (1) at 3 and Komunikasi (3) at 2, and they are
// assessed at 1 in both and at the required level in the rest; only the trainings made here develop a competency.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../support/graphql-client.js';
import { withServiceDatabase } from '../support/service-database.js';
import { signIn } from '../support/sign-in.js';
import { startTestStack, type TestStack } from '../support/start-stack.js';
import { DATABASES } from '../support/test-config.js';

const ASN = 14;
const FEED = /* GraphQL */ `
  query ($id: ID!) {
    employee(id: $id) {
      jpProjection {
        shortfall
      }
      trainingNotifications {
        ...feed
      }
      certificationNotifications {
        ...feed
      }
    }
  }
  fragment feed on NotificationFeed {
    unreadCount
    notifications {
      id
      source
      kind
      employeeId
      subjectId
      threshold
      title
      dueOn
      readAt
    }
  }
`;
const GAPS = `query ($id: ID!) { employee(id: $id) { competencyGaps { competencyId requiredLevel currentLevel gap } } }`;
const REQUEST = `mutation ($input: RequestEnrolmentInput!) { requestEnrolment(input: $input) { id } }`;
const APPROVE = `mutation ($input: EnrolmentDecisionInput!) { approveEnrolment(input: $input) { id status } }`;
const MARK_CERTIFICATION = `mutation ($ids: [ID!]!) { markCertificationNotificationsRead(notificationIds: $ids) }`;
const MARK_TRAINING = `mutation ($ids: [ID!]!) { markTrainingNotificationsRead(notificationIds: $ids) }`;

interface Notice {
  id: string;
  kind: string;
  subjectId: string;
  threshold: number | null;
  title: string;
  dueOn: string | null;
  readAt: string | null;
}
type Feed = { unreadCount: number; notifications: Notice[] };

type Database = Parameters<Parameters<typeof withServiceDatabase>[2]>[0];
/** Trainings made to measure (national, of provider 1), each with the competencies it develops and to what level. */
async function addTrainings(db: Database, rows: [number, string, [number, number][]][]) {
  for (const [id, title, competencies] of rows) {
    await db.query(
      `INSERT INTO training (id, code, title, description, form, category, jp, cost_per_participant, provider_id, agency_id)
       VALUES (${id}, 'UJI-${id}', '${title}', 'Uji', 'CLASSICAL', 'TECHNICAL', 8, 1000000, 1, NULL)`,
    );
    for (const [competencyId, maxLevel] of competencies) {
      await db.query(
        `INSERT INTO training_competency (training_id, competency_id, max_level) VALUES (${id}, ${competencyId}, ${maxLevel})`,
      );
    }
  }
}
/** Sessions of 20 seats: id, training, start, registration deadline, seats taken, cancelled on, agency. */
async function addSessions(
  db: Database,
  rows: readonly (readonly [number, number, string, string, number, string | null, number | null])[],
) {
  const sql = (value: string | number | null) =>
    value === null ? 'NULL' : typeof value === 'number' ? value : `'${value}'`;
  const values = rows.map(
    ([id, trainingId, start, deadline, taken, cancelledOn, agencyId]) =>
      `(${id}, ${trainingId}, 'Uji ${id}', '${start}', '${start}', 'ONLINE', 'Daring', 20, ${taken}, '${deadline}', ${sql(agencyId)}, ${sql(cancelledOn)})`,
  );
  await db.query(
    `INSERT INTO training_session (id, training_id, name, start_date, end_date, mode, location, capacity, seats_taken,
       registration_deadline, agency_id, cancelled_on)
     VALUES ${values.join(', ')}`,
  );
}

const certificateColumns =
  'id, employee_id, agency_id, scheme_id, issuer_id, number, issued_on, expires_on, revoked_on';

describe.each(DATABASES)('notification feeds on %s', (database) => {
  let stack: TestStack;
  let asn: string;
  let kabid: string;
  let scheme: { id: number; issuerId: number; name: string };

  async function feed(token = asn, id = ASN) {
    const result = await graphql(stack.gatewayUrl, FEED, { id: String(id) }, { token });
    expect(result.errors).toBeUndefined();
    return result.data!.employee as {
      jpProjection: { shortfall: number };
      trainingNotifications: Feed;
      certificationNotifications: Feed;
    };
  }
  /** The statements one read of a subgraph's feed costs it. The feed alone: beside another field of the same
   *  subgraph (jpProjection), the two resolvers' loader rounds batch together or apart as answers arrive. */
  async function statementsOfRead(service: 'training' | 'certification'): Promise<number> {
    const before = await stack.stats();
    const field = `${service}Notifications`;
    const document = `query ($id: ID!) { employee(id: $id) { ${field} { unreadCount notifications { id } } } }`;
    const result = await graphql(stack.gatewayUrl, document, { id: String(ASN) }, { token: asn });
    expect(result.errors).toBeUndefined();
    const after = await stack.stats();
    return after[service]!.sqlStatements - before[service]!.sqlStatements;
  }
  async function count(service: 'training' | 'certification', table: string): Promise<number> {
    let total = 0;
    await withServiceDatabase(stack, service, async (db) => {
      const [row] = await db.query(`SELECT COUNT(*) AS n FROM ${table}`);
      total = Number(row.n);
    });
    return total;
  }
  async function addCertificates(rows: [number, string, string | null][]) {
    await withServiceDatabase(stack, 'certification', async (db) => {
      const values = rows.map(
        ([id, expiresOn, revokedOn]) =>
          `(${id}, ${ASN}, 1, ${scheme.id}, ${scheme.issuerId}, 'UJI-${id}', '2024-01-01', '${expiresOn}', ${revokedOn ? `'${revokedOn}'` : 'NULL'})`,
      );
      await db.query(`INSERT INTO certificate (${certificateColumns}) VALUES ${values.join(', ')}`);
    });
  }

  beforeAll(async () => {
    stack = await startTestStack({ database, env: { CLOCK_AT: '2026-12-01T03:00:00Z' } });
    await withServiceDatabase(stack, 'certification', async (db) => {
      await db.query(`UPDATE certificate SET renews_id = NULL WHERE employee_id = ${ASN}`);
      await db.query(`DELETE FROM certificate WHERE employee_id = ${ASN}`);
      await db.query('DELETE FROM notification');
      await db.query('DELETE FROM outbox');
      const [row] = await db.query(
        `SELECT id, issuer_id AS issuerId, name FROM scheme WHERE retired_on IS NULL ORDER BY id LIMIT 1`,
      );
      scheme = { id: Number(row.id), issuerId: Number(row.issuerId), name: row.name };
    });
    await addCertificates([
      [9001, '2027-02-15', null], // 76 days left: inside the 90-day window
      [9002, '2026-12-20', null], // 19 days left: the 30-day reminder
      [9003, '2027-06-01', null], // 182 days: nothing yet
      [9004, '2026-12-10', '2026-06-01'], // revoked: nothing
      [9005, '2026-11-01', null], // expired: nothing
    ]);
    await withServiceDatabase(stack, 'personnel', async (db) => {
      const position = `(SELECT position_id FROM employee WHERE id = ${ASN})`;
      await db.query(
        `UPDATE competency_standard SET required_level = 3 WHERE competency_id = 1 AND position_id = ${position}`,
      );
      await db.query(
        `UPDATE competency_standard SET required_level = 2 WHERE competency_id = 3 AND position_id = ${position}`,
      );
      await db.query(`DELETE FROM assessment WHERE employee_id = ${ASN}`);
      await db.query(
        `INSERT INTO assessment (employee_id, competency_id, level, source, assessed_on, assessor, evidence)
         SELECT ${ASN}, competency_id, required_level, 'ASSESSMENT_CENTER', '2026-06-01', 'Uji', NULL
         FROM competency_standard WHERE position_id = ${position}`,
      );
      await db.query(`UPDATE assessment SET level = 1 WHERE employee_id = ${ASN} AND competency_id IN (1, 3)`);
    });
    await withServiceDatabase(stack, 'training', async (db) => {
      await db.query('DELETE FROM training_competency');
      await db.query(`DELETE FROM enrolment WHERE employee_id = ${ASN}`);
      await db.query(`DELETE FROM past_training WHERE employee_id = ${ASN}`);
      await db.query(
        `DELETE FROM placement_competency WHERE placement_id IN (SELECT id FROM placement WHERE employee_id = ${ASN})`,
      );
      await db.query(`DELETE FROM placement WHERE employee_id = ${ASN}`);
      await db.query('DELETE FROM notification');
      await db.query('DELETE FROM outbox');
      await db.query(
        `INSERT INTO training (id, code, title, description, form, category, jp, cost_per_participant, provider_id, agency_id)
         VALUES (9001, 'UJI-NOTIF', 'Uji Notifikasi', 'Uji', 'CLASSICAL', 'TECHNICAL', 8, 1000000, 1, NULL)`,
      );
      await db.query(
        `INSERT INTO training_session (id, training_id, name, start_date, end_date, mode, location, capacity, seats_taken,
           registration_deadline, agency_id, cancelled_on)
         VALUES (9001, 9001, 'Uji', '2026-12-22', '2026-12-23', 'ONLINE', 'Daring', 10, 0, '2026-12-20', NULL, NULL)`,
      );
    });
    [asn, kabid] = await Promise.all([
      signIn(stack.gatewayUrl, 'asn.ambon.1'),
      signIn(stack.gatewayUrl, 'kabid.aplikasi.ambon'),
    ]);
  });
  afterAll(() => stack?.stop());

  it('sweeps the reminders due today on the first read, once per threshold, each with its outbox row', async () => {
    const first = await feed();
    const certificates = first.certificationNotifications.notifications.map(
      ({ kind, subjectId, threshold, title, dueOn }) => ({
        kind,
        subjectId,
        threshold,
        title,
        dueOn,
      }),
    );
    expect(certificates.sort((a, b) => a.subjectId.localeCompare(b.subjectId))).toEqual([
      { kind: 'CERTIFICATE_EXPIRING', subjectId: '9001', threshold: 90, title: scheme.name, dueOn: '2027-02-15' },
      { kind: 'CERTIFICATE_EXPIRING', subjectId: '9002', threshold: 30, title: scheme.name, dueOn: '2026-12-20' },
    ]);
    expect(first.certificationNotifications.unreadCount).toBe(2);
    // No JP this year: 20 short, 30 days before 31 December.
    expect(first.jpProjection.shortfall).toBe(20);
    expect(
      first.trainingNotifications.notifications.map(({ kind, subjectId, threshold, title, dueOn }) => ({
        kind,
        subjectId,
        threshold,
        title,
        dueOn,
      })),
    ).toEqual([{ kind: 'JP_SHORTFALL', subjectId: '2026', threshold: 30, title: '20 JP', dueOn: '2026-12-31' }]);
    const again = await feed();
    expect(again.certificationNotifications).toEqual(first.certificationNotifications);
    expect(again.trainingNotifications).toEqual(first.trainingNotifications);
    expect(await count('certification', 'notification')).toBe(2);
    expect(await count('certification', 'outbox')).toBe(2);
    expect(await count('training', 'outbox')).toBe(1);
    await withServiceDatabase(stack, 'certification', async (db) => {
      const rows = await db.query(`SELECT topic, payload, dispatched_at AS dispatchedAt FROM outbox ORDER BY id`);
      for (const row of rows) {
        expect(row.topic).toBe('CERTIFICATE_EXPIRING');
        expect(row.dispatchedAt).toBeNull();
        expect(JSON.parse(row.payload)).toMatchObject({ source: 'certification', employeeId: ASN, audience: 'SELF' });
      }
    });
    // A swept reminder is the system's doing: the reader's agency's audit log does not list it as the reader's change.
    for (const service of ['training', 'certification'] as const) {
      await withServiceDatabase(stack, service, async (db) => {
        const rows = await db.query(
          `SELECT DISTINCT actor, actor_agency_id AS agency FROM audit_log WHERE entity_name IN ('notification', 'outbox')`,
        );
        expect(rows, service).toEqual([{ actor: 'system', agency: null }]);
      });
    }
  });

  it('writes the request for the manager and the decision for the employee in the event’s transaction', async () => {
    const request = await graphql(
      stack.gatewayUrl,
      REQUEST,
      { input: { employeeId: String(ASN), sessionId: '9001' } },
      { token: asn },
    );
    expect(request.errors).toBeUndefined();
    const enrolmentId = request.data!.requestEnrolment.id as string;
    const managerFeed = await feed(kabid, 4);
    expect(managerFeed.trainingNotifications.notifications).toContainEqual(
      expect.objectContaining({
        kind: 'APPROVAL_WAITING',
        employeeId: String(ASN),
        subjectId: enrolmentId,
        title: 'Uji Notifikasi',
        dueOn: '2026-12-22',
      }),
    );
    // The employee does not see the item waiting for their manager.
    expect((await feed()).trainingNotifications.notifications.map((row) => row.kind)).toEqual(['JP_SHORTFALL']);
    const approve = await graphql(stack.gatewayUrl, APPROVE, { input: { enrolmentId } }, { token: kabid });
    expect(approve.errors).toBeUndefined();
    const outboxBefore = await count('training', 'outbox');
    // A second approval is refused and writes no second notification.
    const twice = await graphql(stack.gatewayUrl, APPROVE, { input: { enrolmentId } }, { token: kabid });
    expect(twice.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await count('training', 'outbox')).toBe(outboxBefore);
    const own = (await feed()).trainingNotifications;
    expect(own.notifications[0]).toMatchObject({
      kind: 'REQUEST_APPROVED',
      subjectId: enrolmentId,
      title: 'Uji Notifikasi',
    });
    await withServiceDatabase(stack, 'training', async (db) => {
      const rows = await db.query(`SELECT topic, payload FROM outbox ORDER BY id`);
      // The employee's JP reminder, the request, the manager's own JP reminder (swept when they opened their feed),
      // the decision.
      expect(
        rows.map((row: { topic: string; payload: string }) => [row.topic, JSON.parse(row.payload).employeeId]),
      ).toEqual([
        ['JP_SHORTFALL', ASN],
        ['APPROVAL_WAITING', ASN],
        ['JP_SHORTFALL', 4],
        ['REQUEST_APPROVED', ASN],
      ]);
    });
  });

  it('marks one’s own notifications read, and refuses another’s without writing anything', async () => {
    const before = await feed();
    const [first] = before.certificationNotifications.notifications;
    const marked = await graphql(stack.gatewayUrl, MARK_CERTIFICATION, { ids: [first!.id] }, { token: asn });
    expect(marked.data).toEqual({ markCertificationNotificationsRead: 1 });
    const after = await feed();
    expect(after.certificationNotifications.unreadCount).toBe(before.certificationNotifications.unreadCount - 1);
    expect(after.certificationNotifications.notifications.find((row) => row.id === first!.id)!.readAt).not.toBeNull();
    // Marking it again changes nothing.
    expect((await graphql(stack.gatewayUrl, MARK_CERTIFICATION, { ids: [first!.id] }, { token: asn })).data).toEqual({
      markCertificationNotificationsRead: 0,
    });
    // The manager's waiting item is not in the employee's feed: refused as input, the employee's own unread one too.
    const waiting = (await feed(kabid, 4)).trainingNotifications.notifications.find(
      (row) => row.kind === 'APPROVAL_WAITING',
    )!;
    const own = before.trainingNotifications.notifications[0]!;
    const refused = await graphql(stack.gatewayUrl, MARK_TRAINING, { ids: [own.id, waiting.id] }, { token: asn });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'notificationIds' });
    expect((await feed()).trainingNotifications.notifications.find((row) => row.id === own.id)!.readAt).toBeNull();
    const bad = await graphql(stack.gatewayUrl, MARK_TRAINING, { ids: ['x'] }, { token: asn });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'notificationIds' });
  });

  it('shows a feed to nobody but its person: no manager, no administrator', async () => {
    const admin = await signIn(stack.gatewayUrl, 'admin.ambon');
    for (const token of [admin, kabid]) {
      const result = await graphql(stack.gatewayUrl, FEED, { id: String(ASN) }, { token });
      expect(result.data!.employee.trainingNotifications).toBeNull();
      expect(result.data!.employee.certificationNotifications).toBeNull();
      expect(result.errors?.map((error) => error.extensions?.code)).toContain('FORBIDDEN');
    }
  });

  it('reminds of the three requestable sessions closing soonest of trainings that narrow a gap, once each', async () => {
    const gaps = await graphql(stack.gatewayUrl, GAPS, { id: String(ASN) }, { token: asn });
    expect(gaps.data!.employee.competencyGaps).toEqual([
      { competencyId: '1', requiredLevel: 3, currentLevel: 1, gap: -2 },
      { competencyId: '3', requiredLevel: 2, currentLevel: 1, gap: -1 },
    ]);
    await withServiceDatabase(stack, 'training', async (db) => {
      await addTrainings(db, [
        [9101, 'Uji Integritas', [[1, 3]]],
        [9102, 'Uji Komunikasi', [[3, 2]]],
        [9103, 'Uji Kerja Sama', [[2, 5]]], // Kerja Sama: no gap
        [9104, 'Uji Integritas Dasar', [[1, 1]]], // up to level 1, where they are already
      ]);
      // Session 9001 (Uji Notifikasi) develops Komunikasi too, but they hold an approved seat in it.
      await db.query(`INSERT INTO training_competency (training_id, competency_id, max_level) VALUES (9001, 3, 2)`);
      await addSessions(db, [
        [9101, 9101, '2026-12-15', '2026-12-10', 0, null, null], // reminded
        [9102, 9101, '2026-12-08', '2026-12-05', 20, null, null], // full
        [9103, 9101, '2026-12-12', '2026-11-30', 0, null, null], // registration closed
        [9104, 9101, '2026-12-09', '2026-12-02', 0, '2026-11-20', null], // cancelled
        [9105, 9102, '2026-12-07', '2026-12-03', 0, null, null], // reminded
        [9106, 9102, '2027-01-10', '2026-12-28', 0, null, null], // reminded
        [9107, 9102, '2027-01-20', '2027-01-05', 0, null, null], // fourth: past the cap
        [9108, 9103, '2026-12-09', '2026-12-02', 0, null, null], // another competency
        [9109, 9104, '2026-12-09', '2026-12-02', 0, null, null], // narrows nothing
        [9110, 9101, '2026-12-09', '2026-12-04', 0, null, 2], // Mamuju's own session
        [9111, 9102, '2026-12-01', '2026-12-01', 0, null, null], // starts today: too late
      ]);
    });
    const before = await count('training', 'notification');
    const first = (await feed()).trainingNotifications;
    const seats = first.notifications
      .filter((row) => row.kind === 'SEATS_OPEN')
      .map(({ subjectId, threshold, title, dueOn, readAt }) => ({ subjectId, threshold, title, dueOn, readAt }));
    // The one closing soonest on top.
    expect(seats).toEqual([
      { subjectId: '9105', threshold: null, title: 'Uji Komunikasi', dueOn: '2026-12-03', readAt: null },
      { subjectId: '9101', threshold: null, title: 'Uji Integritas', dueOn: '2026-12-10', readAt: null },
      { subjectId: '9106', threshold: null, title: 'Uji Komunikasi', dueOn: '2026-12-28', readAt: null },
    ]);
    expect(await count('training', 'notification')).toBe(before + 3);
    // A second read writes nothing; the outbox holds one row per reminder.
    expect((await feed()).trainingNotifications).toEqual(first);
    expect(await count('training', 'notification')).toBe(before + 3);
    await withServiceDatabase(stack, 'training', async (db) => {
      const rows = await db.query(`SELECT payload FROM outbox WHERE topic = 'SEATS_OPEN' ORDER BY id`);
      expect(rows.map((row: { payload: string }) => JSON.parse(row.payload).subjectId).sort()).toEqual([
        9101, 9105, 9106,
      ]);
    });
  });

  it('sweeps the seats reminder in the same statements whatever the number of gaps and sessions', async () => {
    const read = () => statementsOfRead('training');
    const settled = await read();
    // Ten more sessions past the three closing soonest, and six more gaps no training develops: nothing to write.
    await withServiceDatabase(stack, 'training', (db) =>
      addSessions(
        db,
        Array.from({ length: 10 }, (_, i) => [9200 + i, 9102, '2027-02-01', '2027-01-20', 0, null, null] as const),
      ),
    );
    await withServiceDatabase(stack, 'personnel', async (db) => {
      await db.query(
        `UPDATE assessment SET level = 0 WHERE employee_id = ${ASN} AND competency_id IN (4, 5, 6, 7, 8, 9)`,
      );
    });
    expect(Math.abs((await read()) - settled)).toBeLessThanOrEqual(1);
    // A gap in Kerja Sama brings session 9108 (deadline tomorrow) into the three: one new reminder.
    await withServiceDatabase(stack, 'personnel', async (db) => {
      await db.query(`UPDATE assessment SET level = 0 WHERE employee_id = ${ASN} AND competency_id = 2`);
    });
    const one = await read();
    // Three sessions closing today take all three places: three new reminders, in the same statements.
    await withServiceDatabase(stack, 'training', (db) =>
      addSessions(
        db,
        Array.from({ length: 3 }, (_, i) => [9300 + i, 9103, '2026-12-05', '2026-12-01', 0, null, null] as const),
      ),
    );
    const three = await read();
    console.info(
      `seats reminder on ${database}: ${settled} training statements settled, ${one} writing 1, ${three} writing 3`,
    );
    // The JP and seats rules run side by side and share loaders, so on MariaDB, where two statements answer in either
    // order, a round of theirs batches together or apart: one statement more or less. Writing the reminders one by
    // one would cost two statements more for each (its notification, its outbox row).
    expect(Math.abs(three - one)).toBeLessThanOrEqual(1);
    expect(one).toBeGreaterThan(settled);
    expect(Math.abs((await read()) - settled)).toBeLessThanOrEqual(1);
    const subjects = (await feed()).trainingNotifications.notifications
      .filter((row) => row.kind === 'SEATS_OPEN')
      .map((row) => row.subjectId);
    expect(subjects.sort()).toEqual(['9101', '9105', '9106', '9108', '9300', '9301', '9302']);
    await withServiceDatabase(stack, 'training', async (db) => {
      const [row] = await db.query(`SELECT COUNT(*) AS n FROM outbox WHERE topic = 'SEATS_OPEN'`);
      expect(Number(row.n), 'one outbox row per reminder').toBe(subjects.length);
    });
  });

  it('costs the same statements whatever the number of certificates and reminders', async () => {
    const read = () => statementsOfRead('certification');
    const settled = await read();
    // Ten more certificates, none due: the same statements.
    await addCertificates(
      Array.from({ length: 10 }, (_, i) => [9100 + i, '2028-01-01', null] as [number, string, null]),
    );
    expect(await read()).toBe(settled);
    // One newly due, then twelve at once: the sweep writes them in the same statements.
    await addCertificates([[9200, '2027-01-10', null]]);
    const one = await read();
    await addCertificates(
      Array.from({ length: 12 }, (_, i) => [9300 + i, '2027-01-10', null] as [number, string, null]),
    );
    const twelve = await read();
    console.info(
      `notification feed on ${database}: ${settled} statements settled, ${one} writing 1, ${twelve} writing 12`,
    );
    expect(twelve).toBe(one);
    expect(await read()).toBe(settled);
    expect((await feed()).certificationNotifications.unreadCount).toBe(1 + 1 + 12);
  });
});
