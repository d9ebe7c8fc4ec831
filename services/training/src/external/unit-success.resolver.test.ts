// A unit's success trend, hand-worked: whose predikat rose after a training, levels gained around it, the IKM,
// beside spend and JP; the IKM entry, its refusals and audit; statements that do not grow with units or years.
import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEntry, fixedClock, type Identity } from '@asn/common';
import { createTestSubgraph, resolveEntities, type TestSubgraph } from '@asn/common/testing';
import { Enrolment } from '../entities/enrolment.entity.js';
import { TrainingBudget } from '../entities/training-budget.entity.js';
import { UnitSatisfaction } from '../entities/unit-satisfaction.entity.js';
import { createTrainingSubgraph } from '../subgraph.js';
import { insertCatalog, type Catalog } from '../testing/fixtures.js';
import { ADMIN_AMBON, ADMIN_MAMUJU, ANONYMOUS, API_KEY_AMBON, MANAGER_AMBON, asn } from '../testing/identities.js';
import { EnrolmentStatus } from '../types/enrolment-status.enum.js';

const TREND = `successTrend(years: [2024, 2025]) { year trainedMembers trainedAndRated ratingRose ratingRoseShare
  competencyPairs competencyImproved averageGain satisfactionIndex satisfactionCategory budget spend jpEarned
  pnsMembers pnsAtOrAbove jpComplianceShare }`;
const SET = `mutation ($input: SetUnitSatisfactionInput!) { setUnitSatisfaction(input: $input) { id year score } }`;

/** Members 1 and 2 (PNS) and 3 (PPPK). 1: Baik 2024, trained 2025, Sangat Baik 2025. 2: trained 2025, Baik both
 *  years. 3: trained 2025, no 2024 rating. Competency 11 (every catalog training develops 11 and 3). */
const unit6 = {
  id: '6',
  memberIds: ['1', '2', '3'],
  pppkMemberIds: ['3'],
  memberRatings: [
    { employeeId: '1', year: 2024, predikat: 'BAIK' },
    { employeeId: '1', year: 2025, predikat: 'SANGAT_BAIK' },
    { employeeId: '2', year: 2024, predikat: 'BAIK' },
    { employeeId: '2', year: 2025, predikat: 'BAIK' },
    { employeeId: '3', year: 2025, predikat: 'SANGAT_BAIK' },
  ],
  memberAssessments: [
    // 1: level 2 before (assessment centre), 4 after by the same source; a self-assessment after is not paired.
    { employeeId: '1', competencyId: '11', level: 2, source: 'ASSESSMENT_CENTER', assessedOn: '2025-01-15' },
    { employeeId: '1', competencyId: '11', level: 5, source: 'SELF', assessedOn: '2025-09-01' },
    { employeeId: '1', competencyId: '11', level: 4, source: 'ASSESSMENT_CENTER', assessedOn: '2025-11-20' },
    // 2: competency 3 stays at 2 by the manager.
    { employeeId: '2', competencyId: '3', level: 2, source: 'MANAGER', assessedOn: '2024-12-01' },
    { employeeId: '2', competencyId: '3', level: 2, source: 'MANAGER', assessedOn: '2025-12-01' },
  ],
};

describe('a unit’s success trend', () => {
  let subgraph: TestSubgraph;
  let catalog: Catalog;

  beforeAll(async () => {
    subgraph = await createTestSubgraph(createTrainingSubgraph({ clock: fixedClock('2026-03-01') }));
    // T-1..T-3: 8, 9, 10 JP at Rp 1,000,000, 1,100,000, 1,200,000; sessions end 2025-06-30.
    catalog = await insertCatalog(subgraph.dataSource, 3, {
      startDate: '2025-06-23',
      endDate: '2025-06-30',
      registrationDeadline: '2025-06-01',
    });
    const seat = (employeeId: number, index: number, jp: number) => ({
      employeeId,
      sessionId: catalog.sessions[index]!.id,
      liveSessionId: null,
      trainingId: catalog.trainings[index]!.id,
      agencyId: 1,
      status: EnrolmentStatus.COMPLETED,
      requestedOn: '2025-05-01',
      jpCredited: jp,
      completedOn: '2025-06-30',
    });
    await subgraph.dataSource.getRepository(Enrolment).save([seat(1, 0, 24), seat(2, 1, 9), seat(3, 2, 10)]);
    await subgraph.dataSource.getRepository(TrainingBudget).save({ unitId: 6, agencyId: 1, year: 2025, amount: 5e6 });
  });
  afterAll(() => subgraph.stop());

  it('lets the administrator enter the IKM, checks it, replaces it and audits it', async () => {
    const run = (input: Record<string, unknown>, identity: Identity = ADMIN_AMBON) =>
      subgraph.execute<{ setUnitSatisfaction: { id: string; score: number } }>(SET, { input }, { identity });
    for (const [input, field] of [
      [{ unitId: '6', year: 2025, score: 24.99 }, 'input.score'],
      [{ unitId: '6', year: 2025, score: 82.555 }, 'input.score'],
      [{ unitId: '6', year: 2027, score: 80 }, 'input.year'],
    ] as const) {
      const refused = await run(input);
      expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    expect((await run({ unitId: '6', year: 2025, score: 80 }, ADMIN_MAMUJU)).errors?.[0]?.extensions?.code).toBe(
      'FORBIDDEN',
    );
    expect((await run({ unitId: '6', year: 2025, score: 80 }, MANAGER_AMBON)).errors?.[0]?.extensions?.code).toBe(
      'FORBIDDEN',
    );
    expect(await subgraph.dataSource.getRepository(UnitSatisfaction).count()).toBe(0);
    const first = await run({ unitId: '6', year: 2025, score: 80 });
    const second = await run({ unitId: '6', year: 2025, score: 88.31 });
    expect(second.data!.setUnitSatisfaction).toEqual({
      id: first.data!.setUnitSatisfaction.id,
      year: 2025,
      score: 88.31,
    });
    const audit = await subgraph.dataSource
      .getRepository(AuditEntry)
      .findBy({ entityName: 'unit_satisfaction', entityId: first.data!.setUnitSatisfaction.id });
    expect(audit.map((entry) => entry.action).sort()).toEqual(['INSERT', 'UPDATE']);
  });

  it('counts a rise after a training, the level gained around it and the IKM, beside spend and JP', async () => {
    const { entities } = await resolveEntities(subgraph, 'Unit', [unit6], TREND);
    expect(entities[0]!.successTrend).toEqual([
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
        budget: 0,
        spend: 0,
        jpEarned: 0,
        pnsMembers: 2,
        pnsAtOrAbove: 0,
        // No member completed anything in 2024: no data, not 0% of 2.
        jpComplianceShare: null,
      },
      {
        year: 2025,
        trainedMembers: 3,
        // 1 rose (Baik → Sangat Baik), 2 stayed; 3 has no 2024 rating.
        trainedAndRated: 2,
        ratingRose: 1,
        ratingRoseShare: 50,
        // 1's competency 11: 2 → 4; 2's competency 3: 2 → 2. Mean gain (2 + 0) / 2.
        competencyPairs: 2,
        competencyImproved: 1,
        averageGain: 1,
        satisfactionIndex: 88.31,
        satisfactionCategory: 'A',
        budget: 5_000_000,
        spend: 3_300_000,
        jpEarned: 43,
        // 1 earned 24 (at or above 20), 2 earned 9.
        pnsMembers: 2,
        pnsAtOrAbove: 1,
        jpComplianceShare: 50,
      },
    ]);
  });

  it('takes the same SQL statements for four units as for one', async () => {
    const one = await resolveEntities(subgraph, 'Unit', [unit6], TREND);
    const more = Array.from({ length: 4 }, (_, i) => ({
      ...unit6,
      id: String(6 + i),
      memberIds: Array.from({ length: 10 * (i + 1) }, (_, m) => String(m + 1)),
    }));
    const four = await resolveEntities(subgraph, 'Unit', more, TREND);
    expect(four.statements).toBe(one.statements);
  });

  it('is for the unit’s head and the administrator; not an ASN, a key without pii:read, nor anonymous', async () => {
    const run = (identity: Identity, years = '[2025]') =>
      subgraph.execute<{ _entities: { successTrend: unknown }[] }>(
        `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Unit { successTrend(years: ${years}) { year } } } }`,
        { r: [{ __typename: 'Unit', ...unit6 }] },
        { identity },
      );
    for (const identity of [MANAGER_AMBON, ADMIN_AMBON]) {
      expect((await run(identity)).data!._entities[0]!.successTrend).toEqual([{ year: 2025 }]);
    }
    for (const [identity, code] of [
      [asn(1), 'FORBIDDEN'],
      [API_KEY_AMBON, 'FORBIDDEN'],
      [ANONYMOUS, 'UNAUTHENTICATED'],
    ] as [Identity, string][]) {
      const result = await run(identity);
      expect(result.data!._entities[0]).toEqual({ successTrend: null });
      expect(result.errors?.map((error) => error.extensions?.code)).toEqual([code]);
    }
    const future = await run(ADMIN_AMBON, '[2027]');
    expect(future.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'years' });
  });
});
