// Unit JP compliance holds PNS to the yearly target and PPPK to the cap, apart, hand-worked.
import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestSubgraph, resolveEntities, type TestSubgraph } from '@asn/common/testing';
import { fixedClock } from '@asn/common';
import { Enrolment } from '../entities/enrolment.entity.js';
import { createTrainingSubgraph } from '../subgraph.js';
import { insertCatalog, type Catalog } from '../testing/fixtures.js';
import { EnrolmentStatus } from '../types/enrolment-status.enum.js';

describe('unit JP compliance, PNS and PPPK apart', () => {
  let subgraph: TestSubgraph;
  let catalog: Catalog;
  /** JP earned in 2026 per member: 1-3 PNS, 4-5 PPPK (default target 20, cap 24). */
  const EARNED: Record<number, number[]> = { 1: [16, 8], 2: [8], 3: [], 4: [16], 5: [16, 16] };

  beforeAll(async () => {
    subgraph = await createTestSubgraph(createTrainingSubgraph({ clock: fixedClock('2026-12-01') }));
    catalog = await insertCatalog(subgraph.dataSource, 2, { capacity: 10 });
    const rows = Object.entries(EARNED).flatMap(([employeeId, credits]) =>
      credits.map((jp, index) => ({
        employeeId: Number(employeeId),
        sessionId: catalog.sessions[index]!.id,
        liveSessionId: catalog.sessions[index]!.id,
        trainingId: catalog.trainings[index]!.id,
        agencyId: 1,
        status: EnrolmentStatus.COMPLETED,
        requestedOn: '2026-01-01',
        jpCredited: jp,
        completedOn: '2026-08-05',
      })),
    );
    await subgraph.dataSource.getRepository(Enrolment).save(rows);
  });
  afterAll(() => subgraph.stop());

  it('counts the shortfall of PNS only and a PPPK over the cap as not compliant', async () => {
    const { entities } = await resolveEntities(
      subgraph,
      'Unit',
      [{ id: '6', memberIds: ['1', '2', '3', '4', '5'], pppkMemberIds: ['4', '5'] }],
      'jpCompliance(year: 2026) { target members atOrAbove below none totalShortfall pppkCap pppkMembers pppkWithinCap pppkOverCap }',
    );
    // PNS: 24 (at or above), 8 (below, 12 short), 0 (none, 20 short) -> 32; PPPK: 16 within 24, 32 over it.
    expect(entities[0]!.jpCompliance).toEqual({
      target: 20,
      members: 3,
      atOrAbove: 1,
      below: 1,
      none: 1,
      totalShortfall: 32,
      pppkCap: 24,
      pppkMembers: 2,
      pppkWithinCap: 1,
      pppkOverCap: 1,
    });
  });
});
