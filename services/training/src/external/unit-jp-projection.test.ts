// The JP projection on 2 November 2026, hand-worked: which sessions are still open, who falls short with pending JP
// counted, the cheapest sessions that close it, PPPK over the cap, and statements that do not grow with the unit.
import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asRole, createTestSubgraph, resolveEntities, type TestSubgraph } from '@asn/common/testing';
import { fixedClock } from '@asn/common';
import { Enrolment } from '../entities/enrolment.entity.js';
import { TrainingPrerequisite } from '../entities/training-prerequisite.entity.js';
import { TrainingSession } from '../entities/training-session.entity.js';
import { createTrainingSubgraph } from '../subgraph.js';
import { insertCatalog, type Catalog } from '../testing/fixtures.js';
import { EnrolmentStatus } from '../types/enrolment-status.enum.js';
import { SessionMode } from '../types/session-mode.enum.js';

const PROJECTION =
  'jpProjection { year target cap pnsMembers pppkMembers totalShortfall suggestedCost atRisk { employee { id } earned pending shortfall closable suggestedCost suggestedSessions { session { id } jp cost } } overCap { employee { id } earned pending cap exceedsCap } }';

describe('JP projection of a unit, on 2 November 2026', () => {
  let subgraph: TestSubgraph;
  let catalog: Catalog;
  /** Open sessions by name: a (T1), h (T2), f (T4). */
  const open: Record<string, number> = {};

  beforeAll(async () => {
    subgraph = await createTestSubgraph(createTrainingSubgraph({ clock: fixedClock('2026-11-02') }));
    // T1 8 JP 1.0 M, T2 9 JP 1.1 M, T3 10 JP 1.2 M, T4 11 JP 1.3 M; their August sessions are over.
    catalog = await insertCatalog(subgraph.dataSource, 4);
    const [t1, t2, t3, t4] = catalog.trainings.map((training) => training.id) as [number, number, number, number];
    await subgraph.dataSource.getRepository(TrainingPrerequisite).save({ trainingId: t4, prerequisiteId: t3 });
    const session = (trainingId: number, start: string, end: string, deadline: string, more = {}) => ({
      trainingId,
      name: `S ${start}`,
      startDate: start,
      endDate: end,
      mode: SessionMode.ONLINE,
      location: 'Daring',
      capacity: 10,
      seatsTaken: 0,
      registrationDeadline: deadline,
      agencyId: null,
      ...more,
    });
    const rows = await subgraph.dataSource.getRepository(TrainingSession).save([
      session(t1, '2026-12-01', '2026-12-02', '2026-11-20'), // a: open
      session(t2, '2026-12-10', '2026-12-10', '2026-11-01'), // b: registration closed yesterday
      session(t3, '2026-12-28', '2027-01-03', '2026-12-20'), // c: ends next year
      session(t3, '2026-12-14', '2026-12-14', '2026-12-01', { agencyId: 2 }), // d: another agency's
      session(t4, '2026-12-15', '2026-12-15', '2026-12-05', { agencyId: 1, capacity: 2, seatsTaken: 2 }), // e: full
      session(t4, '2026-12-16', '2026-12-16', '2026-12-06', { agencyId: 1 }), // f: open, the agency's own
      session(t2, '2026-11-25', '2026-11-25', '2026-11-10', { cancelledOn: '2026-10-01' }), // g: cancelled
      session(t2, '2026-12-20', '2026-12-20', '2026-12-10'), // h: open
    ]);
    Object.assign(open, { a: rows[0]!.id, h: rows[7]!.id, f: rows[5]!.id });
    const completed = (employeeId: number, index: number, completedOn = '2026-08-05') => ({
      employeeId,
      sessionId: catalog.sessions[index]!.id,
      liveSessionId: null,
      trainingId: catalog.trainings[index]!.id,
      agencyId: 1,
      status: EnrolmentStatus.COMPLETED,
      requestedOn: '2026-01-01',
      jpCredited: catalog.trainings[index]!.jp,
      completedOn,
    });
    const live = (employeeId: number, sessionId: number, trainingId: number, status: EnrolmentStatus) => ({
      employeeId,
      sessionId,
      liveSessionId: sessionId,
      trainingId,
      agencyId: 1,
      status,
      requestedOn: '2026-10-01',
    });
    await subgraph.dataSource.getRepository(Enrolment).save([
      // 1 PNS: 10 earned (T3), 8 pending (T1 requested) -> 2 short.
      completed(1, 2),
      live(1, open.a!, t1, EnrolmentStatus.REQUESTED),
      // 2 PNS: nothing; T4 needs T3 first, so only T1 + T2 = 17 are open to them: 20 short, not closable.
      // 3 PNS: 8 + 9 + 11 = 28 earned: on track.
      completed(3, 0),
      completed(3, 1),
      completed(3, 3),
      // 4 PNS: T3 in 2025 (counts then, opens T4), T1 8 this year -> 12 short: T2 + T4 = 20 JP, 2.4 M.
      completed(4, 2, '2025-08-05'),
      completed(4, 0),
      // 5 PPPK: 17 earned, 11 pending (T4 approved) = 28 > 24.
      completed(5, 0),
      completed(5, 1),
      live(5, open.f!, t4, EnrolmentStatus.APPROVED),
      // 6 PPPK: 8 earned.
      completed(6, 0),
      // 100-159 (the statement count): one completed training each, every other one a pending request too.
      ...Array.from({ length: 60 }, (_, index) => completed(100 + index, index % 4)),
      ...Array.from({ length: 30 }, (_, index) => live(100 + 2 * index, open.a!, t1, EnrolmentStatus.REQUESTED)),
    ]);
  });
  afterAll(() => subgraph.stop());

  it('lists PNS short of 20 with pending JP counted and the cheapest open sessions, and PPPK over 24', async () => {
    const { entities } = await resolveEntities(
      subgraph,
      'Unit',
      [{ id: '6', memberIds: ['1', '2', '3', '4', '5', '6'], pppkMemberIds: ['5', '6'] }],
      PROJECTION,
    );
    const suggestion = (id: number, jp: number, cost: number) => ({ session: { id: String(id) }, jp, cost });
    expect(entities[0]!.jpProjection).toEqual({
      year: 2026,
      target: 20,
      cap: 24,
      pnsMembers: 4,
      pppkMembers: 2,
      totalShortfall: 34,
      suggestedCost: 3_500_000,
      atRisk: [
        {
          employee: { id: '2' },
          earned: 0,
          pending: 0,
          shortfall: 20,
          closable: false,
          suggestedCost: 0,
          suggestedSessions: [],
        },
        {
          employee: { id: '4' },
          earned: 8,
          pending: 0,
          shortfall: 12,
          closable: true,
          suggestedCost: 2_400_000,
          suggestedSessions: [suggestion(open.h!, 9, 1_100_000), suggestion(open.f!, 11, 1_300_000)],
        },
        {
          employee: { id: '1' },
          earned: 10,
          pending: 8,
          shortfall: 2,
          closable: true,
          suggestedCost: 1_100_000,
          suggestedSessions: [suggestion(open.h!, 9, 1_100_000)],
        },
      ],
      overCap: [{ employee: { id: '5' }, earned: 17, pending: 11, cap: 24, exceedsCap: true }],
    });
  });

  it('shows an ASN their own projection', async () => {
    const asn = asRole('ASN', { agencyId: 1, employeeId: 4 });
    const result = await subgraph.execute(
      `{ _entities(representations: [{ __typename: "Employee", id: "4", employeeType: PNS }]) { ... on Employee { jpProjection { shortfall suggestedSessions { session { id } } } } } }`,
      {},
      { identity: asn },
    );
    expect(result.data).toEqual({
      _entities: [
        {
          jpProjection: {
            shortfall: 12,
            suggestedSessions: [{ session: { id: String(open.h) } }, { session: { id: String(open.f) } }],
          },
        },
      ],
    });
    const other = await subgraph.execute(
      `{ _entities(representations: [{ __typename: "Employee", id: "2", employeeType: PNS }]) { ... on Employee { jpProjection { shortfall } } } }`,
      {},
      { identity: asn },
    );
    expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('takes as many SQL statements for a unit of 60 as for one of 6', async () => {
    const small = await resolveEntities(
      subgraph,
      'Unit',
      [{ id: '6', memberIds: ['1', '2', '3', '4', '5', '6'], pppkMemberIds: ['5', '6'] }],
      PROJECTION,
    );
    const ids = Array.from({ length: 60 }, (_, index) => String(100 + index));
    const pppk = ids.filter((_, index) => index % 5 === 0);
    const large = await resolveEntities(
      subgraph,
      'Unit',
      [{ id: '7', memberIds: ids, pppkMemberIds: pppk }],
      PROJECTION,
    );
    expect((large.entities[0]!.jpProjection as { atRisk: unknown[] }).atRisk).toHaveLength(48);
    expect(large.statements).toBe(small.statements);
  });
});
