import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestSubgraph, resolveEntities, type TestSubgraph } from '@asn/common/testing';
import { fixedClock, type Identity } from '@asn/common';
import { DevelopmentPlanItem } from '../entities/development-plan-item.entity.js';
import { DevelopmentPlan } from '../entities/development-plan.entity.js';
import { TrainingSession } from '../entities/training-session.entity.js';
import { createTrainingSubgraph } from '../subgraph.js';
import { insertCatalog, type Catalog } from '../testing/fixtures.js';
import { MANAGER_AMBON, asn } from '../testing/identities.js';

const PLAN = 'id status totalJp totalCost items { training { code } session { id } }';
const op = (name: string, type: string) => `mutation ($input: ${type}!) { ${name}(input: $input) { ${PLAN} } }`;

describe('development plans', () => {
  let subgraph: TestSubgraph;
  let catalog: Catalog;
  const run = (name: string, type: string, input: Record<string, unknown>, identity: Identity) =>
    subgraph.execute<
      Record<string, { id: string; status: string; totalJp: number; totalCost: number; items: unknown[] }>
    >(op(name, type), { input }, { identity });
  const reason = (result: { errors?: { extensions?: Record<string, unknown> }[] }) =>
    result.errors?.[0]?.extensions?.reason ?? result.errors?.[0]?.extensions?.code;
  const rows = async () => ({
    plans: await subgraph.dataSource.getRepository(DevelopmentPlan).find({ order: { id: 'ASC' } }),
    items: await subgraph.dataSource.getRepository(DevelopmentPlanItem).find({ order: { id: 'ASC' } }),
  });

  beforeAll(async () => {
    subgraph = await createTestSubgraph(createTrainingSubgraph({ clock: fixedClock('2026-06-15') }));
    catalog = await insertCatalog(subgraph.dataSource, 3);
  });
  afterAll(() => subgraph.stop());

  it('goes draft → submitted → returned → submitted → approved, with totals', async () => {
    const [a, b] = catalog.trainings;
    const added = await run(
      'addTrainingsToPlan',
      'AddTrainingsToPlanInput',
      {
        employeeId: '1',
        year: 2026,
        items: [
          { trainingId: String(a!.id), sessionId: String(catalog.sessions[0]!.id) },
          { trainingId: String(b!.id) },
        ],
      },
      asn(1),
    );
    expect(added.data!.addTrainingsToPlan).toMatchObject({ status: 'DRAFT', totalJp: 8 + 9, totalCost: 2_100_000 });
    const planId = added.data!.addTrainingsToPlan!.id;
    expect(reason(await run('approveDevelopmentPlan', 'PlanDecisionInput', { planId }, MANAGER_AMBON))).toBe(
      'INVALID_TRANSITION',
    );
    expect(
      (await run('submitDevelopmentPlan', 'PlanDecisionInput', { planId }, asn(1))).data!.submitDevelopmentPlan!.status,
    ).toBe('SUBMITTED');
    const before = await rows();
    expect(
      reason(
        await run(
          'removeTrainingFromPlan',
          'RemoveTrainingFromPlanInput',
          { planId, trainingId: String(a!.id) },
          asn(1),
        ),
      ),
    ).toBe('INVALID_TRANSITION');
    expect(reason(await run('approveDevelopmentPlan', 'PlanDecisionInput', { planId }, asn(1)))).toBe('FORBIDDEN');
    expect(await rows()).toEqual(before);
    await run('returnDevelopmentPlan', 'PlanDecisionInput', { planId, note: 'Tambah pelatihan teknis' }, MANAGER_AMBON);
    const removed = await run(
      'removeTrainingFromPlan',
      'RemoveTrainingFromPlanInput',
      { planId, trainingId: String(a!.id) },
      asn(1),
    );
    expect(removed.data!.removeTrainingFromPlan!.items).toEqual([{ training: { code: 'T-2' }, session: null }]);
    await run('submitDevelopmentPlan', 'PlanDecisionInput', { planId }, asn(1));
    expect(
      (await run('approveDevelopmentPlan', 'PlanDecisionInput', { planId }, MANAGER_AMBON)).data!
        .approveDevelopmentPlan!.status,
    ).toBe('APPROVED');
    expect(
      reason(
        await run(
          'addTrainingsToPlan',
          'AddTrainingsToPlanInput',
          { employeeId: '1', year: 2026, items: [{ trainingId: String(a!.id) }] },
          asn(1),
        ),
      ),
    ).toBe('INVALID_TRANSITION');
  });

  it('refuses an empty submission, a second plan for the year, and a session of another training', async () => {
    const created = await run(
      'createDevelopmentPlan',
      'CreateDevelopmentPlanInput',
      { employeeId: '2', year: 2026 },
      asn(2),
    );
    const planId = created.data!.createDevelopmentPlan!.id;
    expect(reason(await run('submitDevelopmentPlan', 'PlanDecisionInput', { planId }, asn(2)))).toBe('PLAN_EMPTY');
    expect(
      reason(await run('createDevelopmentPlan', 'CreateDevelopmentPlanInput', { employeeId: '2', year: 2026 }, asn(2))),
    ).toBe('PLAN_EXISTS');
    const before = await rows();
    const wrongSession = { trainingId: String(catalog.trainings[0]!.id), sessionId: String(catalog.sessions[1]!.id) };
    expect(
      reason(
        await run(
          'addTrainingsToPlan',
          'AddTrainingsToPlanInput',
          { employeeId: '2', year: 2026, items: [wrongSession] },
          asn(2),
        ),
      ),
    ).toBe('SESSION_NOT_OF_TRAINING');
    expect(await rows()).toEqual(before);
  });

  it('shows the plan and flags a PPPK whose plan exceeds the 24 JP cap', async () => {
    const items = catalog.trainings.map((t) => ({ trainingId: String(t.id) }));
    await run('addTrainingsToPlan', 'AddTrainingsToPlanInput', { employeeId: '3', year: 2026, items }, asn(3));
    const { entities } = await resolveEntities(
      subgraph,
      'Employee',
      [{ id: '3', employeeType: 'PPPK' }],
      'developmentPlan(year: 2026) { totalJp } jp(year: 2026) { planJp cap exceedsCap shortfall }',
    );
    expect(entities[0]).toEqual({
      developmentPlan: { totalJp: 27 },
      jp: { planJp: 27, cap: 24, exceedsCap: true, shortfall: null },
    });
  });

  it('puts a session in the plan of the year it ends, refusing another year by name, and counts its JP there only', async () => {
    // Hand-worked: training A (8 JP) has a session 29 December 2026 – 2 January 2027, so its JP belong to 2027.
    const a = catalog.trainings[0]!;
    const b = catalog.trainings[1]!;
    const yearEnd = await subgraph.dataSource.getRepository(TrainingSession).save({
      trainingId: a.id,
      name: 'Angkatan akhir tahun',
      startDate: '2026-12-29',
      endDate: '2027-01-02',
      mode: catalog.sessions[0]!.mode,
      location: 'Ambon',
      capacity: 30,
      seatsTaken: 0,
      registrationDeadline: '2026-12-15',
      agencyId: null,
    });
    const item = { trainingId: String(a.id), sessionId: String(yearEnd.id) };
    const before = await rows();
    const refused = await run(
      'addTrainingsToPlan',
      'AddTrainingsToPlanInput',
      { employeeId: '4', year: 2026, items: [item] },
      asn(4),
    );
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'SESSION_IN_OTHER_YEAR',
      field: 'input.items.0.sessionId',
    });
    expect(refused.errors?.[0]?.message).toBe('This session ends on 2027-01-02: add it to the 2027 plan, not 2026.');
    expect(await rows()).toEqual(before);
    const added = await run(
      'addTrainingsToPlan',
      'AddTrainingsToPlanInput',
      { employeeId: '4', year: 2027, items: [item] },
      asn(4),
    );
    expect(added.data!.addTrainingsToPlan).toMatchObject({ totalJp: 8 });
    // A 2026 plan written before the rule with that session counts only B's 9 JP (its item has no session).
    const legacy = await subgraph.dataSource.getRepository(DevelopmentPlan).save({
      employeeId: 5,
      year: 2026,
      agencyId: 1,
      status: 'DRAFT' as DevelopmentPlan['status'],
      managerNote: null,
    });
    await subgraph.dataSource.getRepository(DevelopmentPlanItem).save([
      { planId: legacy.id, trainingId: a.id, sessionId: yearEnd.id },
      { planId: legacy.id, trainingId: b.id, sessionId: null },
    ]);
    const { entities } = await resolveEntities(
      subgraph,
      'Employee',
      [{ id: '5', employeeType: 'PNS' }],
      'developmentPlan(year: 2026) { totalJp } jp(year: 2026) { planJp }',
    );
    expect(entities[0]).toEqual({ developmentPlan: { totalJp: 9 }, jp: { planJp: 9 } });
  });
});
