// A unit's training spend for the agency dashboard, hand-worked on a small catalog.
import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asRole, createTestSubgraph, resolveEntities, type TestSubgraph } from '@asn/common/testing';
import { fixedClock, type Identity } from '@asn/common';
import { Enrolment } from '../entities/enrolment.entity.js';
import { TrainingBudget } from '../entities/training-budget.entity.js';
import { createTrainingSubgraph } from '../subgraph.js';
import { insertCatalog, type Catalog } from '../testing/fixtures.js';
import { ADMIN_AMBON, ANONYMOUS, API_KEY_AMBON, MANAGER_AMBON, asn } from '../testing/identities.js';
import { EnrolmentStatus } from '../types/enrolment-status.enum.js';

const FIELDS = `trainingSpend(year: 2026) { year budget committed seats }`;

describe('a unit’s training spend', () => {
  let subgraph: TestSubgraph;
  /** T-1..T-3: 8, 9, 10 JP at Rp 1,000,000, 1,100,000, 1,200,000, ending 2026-08-05; N-1 ends 2027-02-10. */
  let thisYear: Catalog;
  let nextYear: Catalog;

  beforeAll(async () => {
    subgraph = await createTestSubgraph(createTrainingSubgraph({ clock: fixedClock('2026-12-01') }));
    thisYear = await insertCatalog(subgraph.dataSource, 3);
    nextYear = await insertCatalog(
      subgraph.dataSource,
      1,
      { startDate: '2027-02-01', endDate: '2027-02-10', registrationDeadline: '2027-01-20' },
      'N',
    );
    const seat = (employeeId: number, catalog: Catalog, index: number, status: EnrolmentStatus, jp?: number) => ({
      employeeId,
      sessionId: catalog.sessions[index]!.id,
      liveSessionId: catalog.sessions[index]!.id,
      trainingId: catalog.trainings[index]!.id,
      agencyId: 1,
      status,
      requestedOn: '2026-01-05',
      ...(jp === undefined ? {} : { jpCredited: jp, completedOn: '2026-08-05' }),
    });
    await subgraph.dataSource
      .getRepository(Enrolment)
      .save([
        seat(1, thisYear, 0, EnrolmentStatus.COMPLETED, 16),
        seat(1, thisYear, 1, EnrolmentStatus.APPROVED),
        seat(2, thisYear, 0, EnrolmentStatus.COMPLETED, 8),
        seat(2, thisYear, 2, EnrolmentStatus.REQUESTED),
        seat(4, thisYear, 1, EnrolmentStatus.FAILED),
        seat(4, nextYear, 0, EnrolmentStatus.APPROVED),
        seat(5, thisYear, 2, EnrolmentStatus.COMPLETED, 10),
      ]);
    await subgraph.dataSource.getRepository(TrainingBudget).save([
      { unitId: 6, agencyId: 1, year: 2026, amount: 10_000_000 },
      { unitId: 6, agencyId: 1, year: 2027, amount: 3_000_000 },
    ]);
  });
  afterAll(() => subgraph.stop());

  const unit6 = { id: '6', memberIds: ['1', '2', '3', '4', '5'], pppkMemberIds: ['5'] };

  it('counts what the seats granted in the year cost against the budget', async () => {
    const { entities } = await resolveEntities(subgraph, 'Unit', [unit6], FIELDS);
    // Seats of 2026 granted: 1 (T-1, T-2), 2 (T-1), 4 (T-2 failed), 5 (T-3); not 2's request nor 4's 2027 seat.
    // 1,000,000 + 1,100,000 + 1,000,000 + 1,100,000 + 1,200,000.
    expect(entities[0]!.trainingSpend).toEqual({ year: 2026, budget: 10_000_000, committed: 5_400_000, seats: 5 });
  });

  it('takes the same SQL statements for four units as for one', async () => {
    const one = await resolveEntities(subgraph, 'Unit', [unit6], FIELDS);
    const four = await resolveEntities(
      subgraph,
      'Unit',
      [
        unit6,
        { id: '4', memberIds: ['1', '2', '3', '4', '5', '6', '7'], pppkMemberIds: ['5'] },
        { id: '5', memberIds: ['6', '7'], pppkMemberIds: [] },
        { id: '1', memberIds: Array.from({ length: 40 }, (_, i) => String(i + 1)), pppkMemberIds: ['5'] },
      ],
      FIELDS,
    );
    expect(four.statements).toBe(one.statements);
  });

  it('is for the unit’s head, the administrator and a training:read key; not an ASN, nor anonymous', async () => {
    const run = (identity: Identity) =>
      subgraph.execute<{ _entities: { trainingSpend: unknown }[] }>(
        `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Unit { ${FIELDS} } } }`,
        { r: [{ __typename: 'Unit', ...unit6 }] },
        { identity },
      );
    for (const identity of [MANAGER_AMBON, ADMIN_AMBON, API_KEY_AMBON]) {
      const result = await run(identity);
      expect(result.errors).toBeUndefined();
      expect(result.data!._entities[0]!.trainingSpend).toMatchObject({ committed: 5_400_000 });
    }
    for (const [identity, code] of [
      [asn(1), 'FORBIDDEN'],
      [ANONYMOUS, 'UNAUTHENTICATED'],
    ] as [Identity, string][]) {
      const result = await run(identity);
      expect(result.data!._entities[0]).toEqual({ trainingSpend: null });
      expect(result.errors?.map((error) => error.extensions?.code)).toEqual([code]);
    }
  });

  it('refuses another agency’s administrator the budget even when nothing vouched for the unit', async () => {
    // Personnel refuses them the member ids, so none arrive; the budget row itself names its agency.
    const result = await subgraph.execute<{ _entities: { trainingSpend: unknown }[] }>(
      `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Unit { trainingSpend(year: 2026) { budget } } } }`,
      { r: [{ __typename: 'Unit', id: '6', memberIds: [] }] },
      { identity: asRole('ADMIN', { userId: 'admin.mamuju', agencyId: 2 }) },
    );
    expect(result.data!._entities[0]!.trainingSpend).toBeNull();
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
