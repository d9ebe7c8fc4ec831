// The notification feeds through the gateway on 1 December 2026 (Ambon's date, 30 days before the year ends),
// hand-worked: asn.ambon.1 (employee 14) holds five certificates made to measure and has no JP this year; their
// head of unit is kabid.aplikasi.ambon (employee 4). Event-driven notifications come with their outbox row in the
// event's transaction; time-based ones are swept on read, once per threshold; the statements do not grow with rows.
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
    await withServiceDatabase(stack, 'training', async (db) => {
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

  it('costs the same statements whatever the number of certificates and reminders', async () => {
    const read = async () => {
      const before = await stack.stats();
      await feed();
      const after = await stack.stats();
      return after.certification!.sqlStatements - before.certification!.sqlStatements;
    };
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
