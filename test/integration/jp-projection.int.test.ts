// The 20 JP projection through the gateway on 2 November 2026 (Ambon's date), hand-worked on a calendar made to
// measure: every seeded session is cancelled, unit 6's people start from nothing, three trainings remain open.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../support/graphql-client.js';
import { withServiceDatabase } from '../support/service-database.js';
import { signIn } from '../support/sign-in.js';
import { startTestStack, type TestStack } from '../support/start-stack.js';
import { DATABASES } from '../support/test-config.js';

/** Unit 6 (Bidang Aplikasi Informatika) of Ambon; 14 is asn.ambon.1, 4 its head kabid.aplikasi.ambon. */
const UNIT_6 = [4, 14, 15, 16, 19, 20, 21, 65, 75];

const UNIT = /* GraphQL */ `
  query ($id: ID!) {
    unit(id: $id) {
      pppkMemberIds
      jpProjection {
        year
        pnsMembers
        totalShortfall
        suggestedCost
        atRisk {
          employee {
            id
          }
          shortfall
          suggestedSessions {
            session {
              id
            }
          }
        }
      }
    }
  }
`;
const OWN = /* GraphQL */ `
  query ($id: ID!) {
    employee(id: $id) {
      jpProjection {
        year
        earned
        pending
        shortfall
        closable
        suggestedCost
        suggestedSessions {
          session {
            id
          }
          jp
          cost
        }
      }
    }
  }
`;

describe.each(DATABASES)('the JP projection on %s', (database) => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startTestStack({ database, env: { CLOCK_AT: '2026-11-02T03:00:00Z' } });
    await withServiceDatabase(stack, 'training', async (db) => {
      const members = UNIT_6.join(', ');
      await db.query(`UPDATE training_session SET cancelled_on = '2026-10-01'`);
      await db.query(`DELETE FROM enrolment WHERE employee_id IN (${members})`);
      await db.query(`DELETE FROM past_training WHERE employee_id IN (${members})`);
      // The demo's placements count their JP too: the hand-worked figures start from none.
      await db.query(
        `DELETE FROM placement_competency WHERE placement_id IN (SELECT id FROM placement WHERE employee_id IN (${members}))`,
      );
      await db.query(`DELETE FROM placement WHERE employee_id IN (${members})`);
      await db.query(
        `INSERT INTO training (id, code, title, description, form, category, jp, cost_per_participant, provider_id, agency_id)
         VALUES (9001, 'UJI-8', 'Uji 8 JP', 'Uji', 'CLASSICAL', 'TECHNICAL', 8, 1000000, 1, NULL),
                (9002, 'UJI-9', 'Uji 9 JP', 'Uji', 'CLASSICAL', 'TECHNICAL', 9, 1100000, 1, NULL),
                (9003, 'UJI-11', 'Uji 11 JP', 'Uji', 'CLASSICAL', 'TECHNICAL', 11, 1300000, 1, 1)`,
      );
      const columns = `id, training_id, name, start_date, end_date, mode, location, capacity, seats_taken,
        registration_deadline, agency_id, cancelled_on`;
      await db.query(
        `INSERT INTO training_session (${columns}) VALUES
           (9001, 9001, 'Uji', '2026-12-01', '2026-12-02', 'ONLINE', 'Daring', 10, 0, '2026-11-20', NULL, NULL),
           (9002, 9002, 'Uji', '2026-12-10', '2026-12-10', 'ONLINE', 'Daring', 10, 1, '2026-12-01', NULL, NULL),
           (9003, 9003, 'Uji', '2026-12-16', '2026-12-16', 'ONLINE', 'Daring', 10, 0, '2026-12-06', 1, NULL),
           (9004, 9003, 'Uji', '2026-12-28', '2027-01-03', 'ONLINE', 'Daring', 10, 0, '2026-12-20', NULL, NULL),
           (9005, 9001, 'Uji', '2026-08-01', '2026-08-02', 'ONLINE', 'Daring', 10, 0, '2026-07-20', NULL, NULL),
           (9006, 9003, 'Uji', '2026-07-01', '2026-07-02', 'ONLINE', 'Daring', 10, 0, '2026-06-20', 1, NULL)`,
      );
      await db.query(
        `INSERT INTO enrolment (employee_id, session_id, live_session_id, training_id, agency_id, status, requested_on,
           jp_credited, completed_on) VALUES
           (14, 9005, NULL, 9001, 1, 'COMPLETED', '2026-07-01', 8, '2026-08-02'),
           (14, 9002, 9002, 9002, 1, 'REQUESTED', '2026-10-20', NULL, NULL),
           (15, 9005, NULL, 9001, 1, 'COMPLETED', '2026-07-01', 8, '2026-08-02'),
           (15, 9006, NULL, 9003, 1, 'COMPLETED', '2026-06-01', 11, '2026-07-02')`,
      );
    });
  });
  afterAll(() => stack?.stop());

  it('shows an ASN their shortfall after pending JP and the one open session that closes it', async () => {
    const token = await signIn(stack.gatewayUrl, 'asn.ambon.1');
    const result = await graphql(stack.gatewayUrl, OWN, { id: '14' }, { token });
    expect(result.errors).toBeUndefined();
    // 8 earned + 9 requested = 17: 3 short. UJI-8 and UJI-9 are taken, 9004 ends in 2027: UJI-11 in session 9003.
    expect(result.data!.employee.jpProjection).toEqual({
      year: 2026,
      earned: 8,
      pending: 9,
      shortfall: 3,
      closable: true,
      suggestedCost: 1_300_000,
      suggestedSessions: [{ session: { id: '9003' }, jp: 11, cost: 1_300_000 }],
    });
  });

  it('lists the unit head’s people who will fall short, with the cheapest sessions, at a constant cost', async () => {
    const token = await signIn(stack.gatewayUrl, 'kabid.aplikasi.ambon');
    const before = await stack.stats();
    const result = await graphql(stack.gatewayUrl, UNIT, { id: '6' }, { token });
    const after = await stack.stats();
    expect(result.errors).toBeUndefined();
    const { pppkMemberIds, jpProjection } = result.data!.unit as {
      pppkMemberIds: string[];
      jpProjection: { pnsMembers: number; atRisk: { employee: { id: string } }[] } & Record<string, unknown>;
    };
    const pns = UNIT_6.filter((id) => !pppkMemberIds.includes(String(id)) && id !== 14 && id !== 15);
    // Nothing earned: 20 short, UJI-9 + UJI-11 = 20 JP for 2.4 M (UJI-8 + UJI-11 = 19 falls short); then 14 (3
    // short, UJI-11) and 15 (19 earned, 1 short: UJI-9 for 1.1 M).
    expect(jpProjection).toEqual({
      year: 2026,
      pnsMembers: pns.length + 2,
      totalShortfall: 20 * pns.length + 3 + 1,
      suggestedCost: 2_400_000 * pns.length + 1_300_000 + 1_100_000,
      atRisk: [
        ...pns.map((id) => ({
          employee: { id: String(id) },
          shortfall: 20,
          suggestedSessions: [{ session: { id: '9002' } }, { session: { id: '9003' } }],
        })),
        { employee: { id: '14' }, shortfall: 3, suggestedSessions: [{ session: { id: '9003' } }] },
        { employee: { id: '15' }, shortfall: 1, suggestedSessions: [{ session: { id: '9002' } }] },
      ],
    });
    const admin = await signIn(stack.gatewayUrl, 'admin.ambon');
    // Unit 6 (its rows cleared), the Dinas Kominfo (unit 4, with plans and seats) and the whole agency: each stage
    // is loaded for all members at once, so the three cost the same however their data is shaped or timed.
    const dinasBefore = await stack.stats();
    const dinas = await graphql(stack.gatewayUrl, UNIT, { id: '4' }, { token: admin });
    const dinasAfter = await stack.stats();
    expect(dinas.errors).toBeUndefined();
    const agencyBefore = await stack.stats();
    const agency = await graphql(stack.gatewayUrl, UNIT, { id: '1' }, { token: admin });
    const agencyAfter = await stack.stats();
    expect(agency.errors).toBeUndefined();
    const members = (agency.data!.unit.jpProjection as { pnsMembers: number }).pnsMembers;
    const training = (from: typeof before, to: typeof after) =>
      to.training!.sqlStatements - from.training!.sqlStatements;
    console.info(
      `JP projection on ${database}: unit 6 (${UNIT_6.length} people) ${training(before, after)} statements, the agency (${members} PNS) ${training(agencyBefore, agencyAfter)}`,
    );
    expect(members).toBeGreaterThan(50);
    expect(training(agencyBefore, agencyAfter)).toBe(training(dinasBefore, dinasAfter));
    expect(training(agencyBefore, agencyAfter)).toBe(training(before, after));
  });
});
