// Measuring success through the gateway on 1 March 2026, hand-worked on unit 6 of Ambon with its rows cleared: one
// person rated Baik in 2024, trained in 2025 and rated Sangat Baik in 2025 counts as rose, another stayed Baik;
// the first's level rose from 2 to 4 between the assessments around the training; the IKM the administrator
// enters. The trend and the JPM trend cost the same statements for the unit and the whole agency.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../support/graphql-client.js';
import { withServiceDatabase } from '../support/service-database.js';
import { signIn } from '../support/sign-in.js';
import { startTestStack, type TestStack } from '../support/start-stack.js';
import { DATABASES } from '../support/test-config.js';

/** Unit 6 (Bidang Aplikasi Informatika) of Ambon; 14 is asn.ambon.1, 4 its head kabid.aplikasi.ambon. */
const UNIT_6 = [4, 14, 15, 16, 19, 20, 21, 65, 75];

const TREND = /* GraphQL */ `
  query ($id: ID!) {
    unit(id: $id) {
      successTrend(years: [2024, 2025]) {
        year
        trainedMembers
        trainedAndRated
        ratingRose
        ratingRoseShare
        competencyPairs
        competencyImproved
        averageGain
        satisfactionIndex
        satisfactionCategory
        spend
        jpEarned
        pnsMembers
        pnsAtOrAbove
        jpComplianceShare
      }
      jpmCategoryTrend(years: [2025, 2026]) {
        year
        shares {
          category
          count
        }
      }
    }
  }
`;
const SET = /* GraphQL */ `
  mutation ($input: SetUnitSatisfactionInput!) {
    setUnitSatisfaction(input: $input) {
      year
      score
    }
  }
`;

describe.each(DATABASES)('measuring success on %s', (database) => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startTestStack({ database, env: { CLOCK_AT: '2026-03-01T03:00:00Z' } });
    const members = UNIT_6.join(', ');
    await withServiceDatabase(stack, 'personnel', async (db) => {
      await db.query(`DELETE FROM performance_rating WHERE employee_id IN (${members})`);
      await db.query(`DELETE FROM assessment WHERE employee_id IN (${members}) AND competency_id = 1`);
      await db.query(
        `INSERT INTO performance_rating (employee_id, year, predikat, rated_by) VALUES
           (14, 2024, 'BAIK', 'Uji'), (14, 2025, 'SANGAT_BAIK', 'Uji'),
           (15, 2024, 'BAIK', 'Uji'), (15, 2025, 'BAIK', 'Uji')`,
      );
      await db.query(
        `INSERT INTO assessment (employee_id, competency_id, level, source, assessed_on, assessor, evidence) VALUES
           (14, 1, 2, 'ASSESSMENT_CENTER', '2025-01-15', 'Uji', NULL),
           (14, 1, 4, 'ASSESSMENT_CENTER', '2025-11-20', 'Uji', NULL)`,
      );
    });
    await withServiceDatabase(stack, 'training', async (db) => {
      await db.query(`DELETE FROM enrolment WHERE employee_id IN (${members})`);
      await db.query(`DELETE FROM past_training WHERE employee_id IN (${members})`);
      await db.query(
        `DELETE FROM placement_competency WHERE placement_id IN (SELECT id FROM placement WHERE employee_id IN (${members}))`,
      );
      await db.query(`DELETE FROM placement WHERE employee_id IN (${members})`);
      await db.query(`DELETE FROM unit_satisfaction WHERE unit_id = 6`);
      await db.query(
        `INSERT INTO training (id, code, title, description, form, category, jp, cost_per_participant, provider_id, agency_id)
         VALUES (9001, 'UJI-INT', 'Uji Integritas', 'Uji', 'CLASSICAL', 'TECHNICAL', 24, 2000000, 1, NULL)`,
      );
      await db.query(`INSERT INTO training_competency (training_id, competency_id, max_level) VALUES (9001, 1, 4)`);
      await db.query(
        `INSERT INTO training_session (id, training_id, name, start_date, end_date, mode, location, capacity, seats_taken,
           registration_deadline, agency_id, cancelled_on)
         VALUES (9001, 9001, 'Uji', '2025-06-23', '2025-06-30', 'ONLINE', 'Daring', 10, 0, '2025-06-01', NULL, NULL)`,
      );
      await db.query(
        `INSERT INTO enrolment (employee_id, session_id, live_session_id, training_id, agency_id, status, requested_on,
           jp_credited, completed_on) VALUES
           (14, 9001, NULL, 9001, 1, 'COMPLETED', '2025-05-01', 24, '2025-06-30'),
           (15, 9001, NULL, 9001, 1, 'COMPLETED', '2025-05-01', 24, '2025-06-30')`,
      );
    });
  });
  afterAll(() => stack?.stop());

  it('shows the administrator what the year’s training changed, with the IKM they entered', async () => {
    const admin = await signIn(stack.gatewayUrl, 'admin.ambon');
    const refused = await graphql(
      stack.gatewayUrl,
      SET,
      { input: { unitId: '6', year: 2025, score: 101 } },
      { token: admin },
    );
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.score' });
    const set = await graphql(
      stack.gatewayUrl,
      SET,
      { input: { unitId: '6', year: 2025, score: 82.5 } },
      { token: admin },
    );
    expect(set.errors).toBeUndefined();
    const result = await graphql(stack.gatewayUrl, TREND, { id: '6' }, { token: admin });
    expect(result.errors).toBeUndefined();
    const unit = result.data!.unit as {
      successTrend: Record<string, unknown>[];
      jpmCategoryTrend: { year: number; shares: { count: number }[] }[];
    };
    expect(unit.successTrend).toEqual([
      {
        year: 2024,
        trainedMembers: 0,
        trainedAndRated: 0,
        ratingRose: 0,
        ratingRoseShare: null,
        competencyPairs: 0,
        competencyImproved: 0,
        averageGain: null,
        satisfactionIndex: null,
        satisfactionCategory: null,
        spend: 0,
        jpEarned: 0,
        // Nobody completed anything in 2024: no data, where 0% would claim all 8 PNS fell short.
        pnsMembers: 8,
        pnsAtOrAbove: 0,
        jpComplianceShare: null,
      },
      {
        year: 2025,
        // 14 and 15 trained in 2025 with ratings of 2024 and 2025: 14 rose (Baik → Sangat Baik), 15 stayed Baik.
        trainedMembers: 2,
        trainedAndRated: 2,
        ratingRose: 1,
        ratingRoseShare: 50,
        // 14's Integritas: 2 before, 4 after (assessment centre both times); 15 has no pair.
        competencyPairs: 1,
        competencyImproved: 1,
        averageGain: 2,
        satisfactionIndex: 82.5,
        satisfactionCategory: 'B',
        spend: 4_000_000,
        jpEarned: 48,
        // 14 and 15 earned 24 JP each, at or above 20: 2 of the unit's 8 PNS (all but 19, a PPPK).
        pnsMembers: 8,
        pnsAtOrAbove: 2,
        jpComplianceShare: 25,
      },
    ]);
    // Everyone with a standard falls in one category each year.
    const counted = unit.jpmCategoryTrend.map((year) => year.shares.reduce((sum, share) => sum + share.count, 0));
    expect(unit.jpmCategoryTrend.map((year) => year.year)).toEqual([2025, 2026]);
    expect(counted[0]).toBe(counted[1]);
  });

  it('is refused to an ASN, and costs the same statements for the unit and the whole agency', async () => {
    const asn = await signIn(stack.gatewayUrl, 'asn.ambon.1');
    const refused = await graphql(stack.gatewayUrl, TREND, { id: '6' }, { token: asn });
    expect(refused.errors?.map((error) => error.extensions?.code)).toContain('FORBIDDEN');
    const admin = await signIn(stack.gatewayUrl, 'admin.ambon');
    const measure = async (id: string) => {
      const before = await stack.stats();
      const result = await graphql(stack.gatewayUrl, TREND, { id }, { token: admin });
      const after = await stack.stats();
      expect(result.errors).toBeUndefined();
      return {
        personnel: after.personnel!.sqlStatements - before.personnel!.sqlStatements,
        training: after.training!.sqlStatements - before.training!.sqlStatements,
      };
    };
    const unit = await measure('6');
    const agency = await measure('1');
    console.info(`success trend on ${database}: unit 6 ${JSON.stringify(unit)}, the agency ${JSON.stringify(agency)}`);
    expect(agency).toEqual(unit);
  });
});
