// Every change in the audit log names its row and carries the values before and after, in all three subgraphs and
// on both databases: a guarded update (revoking a certificate, approving an enrolment, editing an
// employee) and a replaced position standard, whose removed rows are logged with their values.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AdminFixtures } from '../support/admin-fixtures.js';
import { graphql } from '../support/graphql-client.js';
import { signIn } from '../support/sign-in.js';
import { startTestStack, type TestStack } from '../support/start-stack.js';
import { DATABASES } from '../support/test-config.js';

interface Entry {
  action: string;
  entityName: string;
  entityId: string | null;
  before: string | null;
  after: string | null;
}
type Log = 'personnelAuditLog' | 'trainingAuditLog' | 'certificationAuditLog';

describe.each(DATABASES)('the audit log on %s', (database) => {
  let stack: TestStack;
  let fixtures: AdminFixtures;
  let admin: string;
  const asAdmin = async <T>(query: string, variables: Record<string, unknown> = {}) => {
    const result = await graphql<T>(stack.gatewayUrl, query, variables, { token: admin });
    expect(result.errors).toBeUndefined();
    return result.data!;
  };
  /** The newest entries of one subgraph's log, parsed, newest first. */
  const latest = async (log: Log, first = 20) => {
    const data = await asAdmin<Record<Log, Entry[]>>(
      `{ ${log}(first: ${first}) { action entityName entityId before after } }`,
    );
    return data[log].map((entry) => ({
      ...entry,
      before: entry.before === null ? null : (JSON.parse(entry.before) as Record<string, unknown>),
      after: entry.after === null ? null : (JSON.parse(entry.after) as Record<string, unknown>),
    }));
  };

  beforeAll(async () => {
    stack = await startTestStack({ database });
    admin = await signIn(stack.gatewayUrl, 'admin.ambon');
    fixtures = new AdminFixtures(stack.gatewayUrl, admin);
  });
  afterAll(() => stack?.stop());

  it('names the revoked certificate with its values before and after', async () => {
    const certificateId = await fixtures.certificate(20);
    await asAdmin(
      `mutation ($id: ID!) { revokeCertificate(input: { certificateId: $id, reason: "Uji audit" }) { id } }`,
      {
        id: certificateId,
      },
    );
    const [entry] = await latest('certificationAuditLog', 1);
    expect(entry).toMatchObject({
      action: 'UPDATE',
      entityName: 'certificate',
      entityId: certificateId,
      before: { id: Number(certificateId), revokedOn: null, revocationReason: null },
      after: { id: Number(certificateId), revocationReason: 'Uji audit' },
    });
    expect(entry!.after!.revokedOn).toEqual(expect.any(String));
  });

  it('names the approved enrolment and the session whose seat it took', async () => {
    const enrolmentId = await fixtures.enrolment(21, 'REQUESTED');
    // The request's rows: the seat, the enrolment, and the notification for the manager with its outbox row.
    const entries = await latest('trainingAuditLog', 5);
    expect(entries.map((e) => e.entityName).sort()).toEqual(
      expect.arrayContaining(['enrolment', 'notification', 'outbox', 'training_session']),
    );
    expect(entries.find((e) => e.entityName === 'training_session')).toMatchObject({
      action: 'UPDATE',
      before: { seatsTaken: 0 },
      after: { seatsTaken: 1 },
    });
    await asAdmin(`mutation ($id: ID!) { approveEnrolment(input: { enrolmentId: $id }) { id } }`, { id: enrolmentId });
    // The decision's notification and outbox row come with it, in the same transaction.
    const decided = await latest('trainingAuditLog', 3);
    expect(decided.map((e) => e.entityName).sort()).toEqual(['enrolment', 'notification', 'outbox']);
    const entry = decided.find((e) => e.entityName === 'enrolment');
    expect(entry).toMatchObject({
      action: 'UPDATE',
      entityName: 'enrolment',
      entityId: enrolmentId,
      before: { id: Number(enrolmentId), status: 'REQUESTED' },
      after: { id: Number(enrolmentId), status: 'APPROVED' },
    });
  });

  it('names the edited employee, and logs a replaced position standard as the rows removed and added', async () => {
    const { version } = await fixtures.employee(22);
    await asAdmin(`mutation ($input: UpdateEmployeeInput!) { updateEmployee(input: $input) { id } }`, {
      input: { id: '22', version, potentialScore: 61.5 },
    });
    const [edited] = await latest('personnelAuditLog', 1);
    expect(edited).toMatchObject({
      action: 'UPDATE',
      entityName: 'employee',
      entityId: '22',
      before: { id: 22, version },
      after: { id: 22, version: version + 1 },
    });
    const STANDARD = `mutation ($items: [StandardItemInput!]!) { setPositionStandard(input: { positionId: "7", items: $items }) { id } }`;
    await asAdmin(STANDARD, {
      items: [
        { competencyId: '11', requiredLevel: 3 },
        { competencyId: '3', requiredLevel: 2 },
      ],
    });
    await asAdmin(STANDARD, { items: [{ competencyId: '11', requiredLevel: 4 }] });
    const replaced = (await latest('personnelAuditLog', 3)).reverse();
    expect(replaced.map((e) => [e.action, e.entityName])).toEqual([
      ['REMOVE', 'competency_standard'],
      ['REMOVE', 'competency_standard'],
      ['INSERT', 'competency_standard'],
    ]);
    const removed = replaced
      .slice(0, 2)
      .sort((a, b) => Number(b.before!.competencyId) - Number(a.before!.competencyId));
    expect(removed.map((e) => [e.entityId, e.before])).toEqual([
      [String(removed[0]!.before!.id), expect.objectContaining({ positionId: 7, competencyId: 11, requiredLevel: 3 })],
      [String(removed[1]!.before!.id), expect.objectContaining({ positionId: 7, competencyId: 3, requiredLevel: 2 })],
    ]);
    expect(replaced[2]!.after).toMatchObject({ positionId: 7, competencyId: 11, requiredLevel: 4 });
    expect(replaced[2]!.entityId).toEqual(String(replaced[2]!.after!.id));
  });

  it('filters each log by who, what and when on the database itself', async () => {
    type Row = { id: string; occurredAt: string; actor: string; action: string };
    const log = async (args: string) =>
      (
        await asAdmin<{ trainingAuditLog: Row[] }>(
          `{ trainingAuditLog(first: 100${args}) { id occurredAt actor action } }`,
        )
      ).trainingAuditLog;
    const all = await log('');
    expect(all.length).toBeGreaterThan(1);
    const newest = all[0]!;
    expect((await log(', action: "INSERT"')).every((row) => row.action === 'INSERT')).toBe(true);
    expect(await log(`, actor: "${newest.actor}"`)).toHaveLength(
      all.filter((row) => row.actor === newest.actor).length,
    );
    expect(await log(', actor: "user:nobody"')).toEqual([]);
    const since = await log(`, since: "${newest.occurredAt}"`);
    expect(since.map((row) => row.id)).toContain(newest.id);
    expect(since.every((row) => row.occurredAt >= newest.occurredAt)).toBe(true);
    expect(await log(`, until: "2000-01-01T00:00:00.000Z"`)).toEqual([]);
    // A filter sent as null (as the console sends an empty one, through variables) filters nothing.
    const FILTERS = `query ($actor: String, $action: String, $entityName: String, $since: String, $until: String,
      $before: ID) { trainingAuditLog(first: 100, actor: $actor, action: $action, entityName: $entityName,
      since: $since, until: $until, before: $before) { id occurredAt actor action } }`;
    const unset = { actor: null, action: null, entityName: null, since: null, until: null, before: null };
    expect((await asAdmin<{ trainingAuditLog: Row[] }>(FILTERS, unset)).trainingAuditLog).toEqual(all);
  });
});
