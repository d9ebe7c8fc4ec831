import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestSubgraph, type TestSubgraph } from '@asn/common/testing';
import { fixedClock, type Identity } from '@asn/common';
import { DevelopmentPlan } from '../entities/development-plan.entity.js';
import { Enrolment } from '../entities/enrolment.entity.js';
import { createTrainingSubgraph } from '../subgraph.js';
import { insertCatalog, type Catalog } from '../testing/fixtures.js';
import { ADMIN_MAMUJU, MANAGER_AMBON, asn } from '../testing/identities.js';
import { EnrolmentStatus } from '../types/enrolment-status.enum.js';
import { PlanStatus } from '../types/plan-status.enum.js';

// Unit 6: employees 1..20 and the manager (60) themselves.
const MEMBERS = [...Array.from({ length: 20 }, (_, i) => String(i + 1)), '60'];
const INBOX = `query ($representations: [_Any!]!, $years: [Int!]!) {
  _entities(representations: $representations) {
    ... on Unit { pendingEnrolments { id status } submittedPlans(years: $years) { id year status } }
  }
}`;

describe('a unit’s inbox: requests and submitted plans waiting for the caller', () => {
  let subgraph: TestSubgraph;
  let catalog: Catalog;
  const inbox = (identity: Identity, years = [2026, 2027], memberIds = MEMBERS) =>
    subgraph.execute<{
      _entities: {
        pendingEnrolments: { id: string }[] | null;
        submittedPlans: { id: string; year: number }[] | null;
      }[];
    }>(INBOX, { representations: [{ __typename: 'Unit', id: '6', memberIds }], years }, { identity });

  const enrolment = (employeeId: number, index: number, status: EnrolmentStatus): Partial<Enrolment> => ({
    employeeId,
    agencyId: 1,
    sessionId: catalog.sessions[index]!.id,
    liveSessionId: catalog.sessions[index]!.id,
    trainingId: catalog.sessions[index]!.trainingId,
    status,
    requestedOn: `2026-05-0${index + 1}`,
  });

  beforeAll(async () => {
    subgraph = await createTestSubgraph(createTrainingSubgraph({ clock: fixedClock('2026-06-15') }));
    catalog = await insertCatalog(subgraph.dataSource, 4, { capacity: 30 });
    await subgraph.dataSource.getRepository(Enrolment).save([
      enrolment(2, 1, EnrolmentStatus.REQUESTED),
      enrolment(1, 0, EnrolmentStatus.REQUESTED),
      enrolment(3, 2, EnrolmentStatus.APPROVED),
      // The manager's own request is not theirs to decide.
      enrolment(60, 3, EnrolmentStatus.REQUESTED),
      // Someone outside the unit.
      enrolment(40, 3, EnrolmentStatus.REQUESTED),
    ]);
    await subgraph.dataSource.getRepository(DevelopmentPlan).save([
      { employeeId: 1, agencyId: 1, year: 2026, status: PlanStatus.SUBMITTED },
      { employeeId: 1, agencyId: 1, year: 2027, status: PlanStatus.SUBMITTED },
      { employeeId: 2, agencyId: 1, year: 2027, status: PlanStatus.DRAFT },
      { employeeId: 3, agencyId: 1, year: 2025, status: PlanStatus.SUBMITTED },
      { employeeId: 60, agencyId: 1, year: 2027, status: PlanStatus.SUBMITTED },
    ]);
  });
  afterAll(() => subgraph.stop());

  it('lists the members’ requests oldest first and their submitted plans of the years asked, never the caller’s own', async () => {
    const result = await inbox(MANAGER_AMBON);
    expect(result.errors).toBeUndefined();
    const [unit] = result.data!._entities;
    const requests = await subgraph.dataSource.getRepository(Enrolment).find({ order: { id: 'ASC' } });
    expect(unit!.pendingEnrolments!.map((row) => row.id)).toEqual([String(requests[1]!.id), String(requests[0]!.id)]);
    expect(unit!.submittedPlans).toHaveLength(2);
    expect(unit!.submittedPlans!.every((plan) => plan.year === 2026 || plan.year === 2027)).toBe(true);
  });

  it('refuses someone who does not head the unit, and an ASN', async () => {
    for (const identity of [asn(1), ADMIN_MAMUJU]) {
      const result = await inbox(identity);
      expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
  });

  it('refuses no year or more than three, naming the field', async () => {
    for (const years of [[], [2025, 2026, 2027, 2028]]) {
      const result = await inbox(MANAGER_AMBON, years);
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'years' });
    }
  });

  it('reads 100 members in as many statements as 10', async () => {
    const count = async (n: number) => {
      const before = subgraph.counter.statements;
      const ids = Array.from({ length: n }, (_, i) => String(i + 1));
      expect((await inbox(MANAGER_AMBON, [2026, 2027], ids)).errors).toBeUndefined();
      return subgraph.counter.statements - before;
    };
    expect(await count(100)).toBe(await count(10));
  });
});
