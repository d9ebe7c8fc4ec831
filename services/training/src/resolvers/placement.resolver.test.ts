// Placements through the subgraph: the workflow and who may act at each step, refusals that write nothing, JP in
// the year of the end date, evidence at the target levels, audit rows, and statements that do not grow with rows.
import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEntry, fixedClock, type Identity } from '@asn/common';
import { createTestSubgraph, resolveEntities, type TestSubgraph } from '@asn/common/testing';
import { PlacementCompetency } from '../entities/placement-competency.entity.js';
import { Placement } from '../entities/placement.entity.js';
import { createTrainingSubgraph } from '../subgraph.js';
import { ADMIN_AMBON, ADMIN_MAMUJU, MANAGER_AMBON, asn } from '../testing/identities.js';

const FIELDS =
  'id status jp endsOn hostAssessment canDecide canComplete competencies { targetLevel competency { id } }';
type Row = { id: string; status: string; canDecide: boolean; canComplete: boolean };
const PROPOSE = `mutation ($input: ProposePlacementInput!) { proposePlacement(input: $input) { ${FIELDS} } }`;
const decide = (name: string) => `mutation ($input: DecidePlacementInput!) { ${name}(input: $input) { ${FIELDS} } }`;
const COMPLETE = `mutation ($input: CompletePlacementInput!) { completePlacement(input: $input) { ${FIELDS} } }`;

const proposal = (overrides: Record<string, unknown> = {}) => ({
  kind: 'MAGANG',
  hostOrganisation: 'RSUD dr. M. Haulussy Ambon',
  supervisorName: 'Dr. Maria Latuconsina',
  startsOn: '2026-07-01',
  endsOn: '2026-08-29',
  jp: 120,
  goals: 'Mempelajari standar pelayanan.',
  competencies: [
    { competencyId: '5', targetLevel: 3 },
    { competencyId: '13', targetLevel: 2 },
  ],
  ...overrides,
});

describe('placements (magang, detasering)', () => {
  let subgraph: TestSubgraph;
  const run = async (query: string, input: Record<string, unknown>, identity: Identity) => {
    const result = await subgraph.execute<Record<string, Row>>(query, { input }, { identity });
    return { row: result.data ? Object.values(result.data)[0] : undefined, errors: result.errors };
  };
  const reasonOf = (result: { errors?: { extensions?: Record<string, unknown> }[] }) => {
    const extensions = result.errors?.[0]?.extensions;
    return [extensions?.code, extensions?.field, extensions?.reason];
  };
  const counts = async () => [
    await subgraph.dataSource.getRepository(Placement).count(),
    await subgraph.dataSource.getRepository(PlacementCompetency).count(),
  ];

  beforeAll(async () => {
    subgraph = await createTestSubgraph(createTrainingSubgraph({ clock: fixedClock('2026-06-15') }));
  });
  afterAll(() => subgraph.stop());

  it('goes proposed by the ASN → approved by the manager; the ASN cannot approve their own', async () => {
    const proposed = await run(PROPOSE, proposal(), asn(14));
    expect(proposed.errors).toBeUndefined();
    expect(proposed.row).toMatchObject({ status: 'PROPOSED', canDecide: false, canComplete: false });
    const id = proposed.row!.id;
    expect(reasonOf(await run(decide('approvePlacement'), { id }, asn(14)))[0]).toBe('FORBIDDEN');
    expect(reasonOf(await run(decide('approvePlacement'), { id }, ADMIN_MAMUJU))[0]).toBe('FORBIDDEN');
    const approved = await run(decide('approvePlacement'), { id }, MANAGER_AMBON);
    expect(approved.row).toMatchObject({ status: 'APPROVED' });
    // It ends on 2026-08-29, after today (2026-06-15): no closing report yet.
    expect(approved.row!.canComplete).toBe(false);
    expect(reasonOf(await run(COMPLETE, { id, report: 'Selesai', hostAssessment: 'BAIK' }, ADMIN_AMBON))).toEqual([
      'BAD_USER_INPUT',
      'input.id',
      'PLACEMENT_NOT_ENDED',
    ]);
    expect(reasonOf(await run(decide('rejectPlacement'), { id, reason: 'Tidak' }, MANAGER_AMBON))).toEqual([
      'BAD_USER_INPUT',
      'input.id',
      'INVALID_TRANSITION',
    ]);
    const audit = await subgraph.dataSource.getRepository(AuditEntry).findBy({ entityName: 'placement', entityId: id });
    expect(audit.map((entry) => entry.action).sort()).toEqual(['INSERT', 'UPDATE']);
  });

  it('lets only the employee or an administrator propose, never a colleague or another agency', async () => {
    expect(reasonOf(await run(PROPOSE, proposal({ employeeId: '15' }), asn(14)))[0]).toBe('FORBIDDEN');
    expect(reasonOf(await run(PROPOSE, proposal({ employeeId: '15' }), MANAGER_AMBON))[0]).toBe('FORBIDDEN');
    expect(reasonOf(await run(PROPOSE, proposal({ employeeId: '15' }), ADMIN_MAMUJU))[0]).toBe('FORBIDDEN');
  });

  it('refuses bad input with the field and reason, writing nothing', async () => {
    const before = await counts();
    const cases: [Record<string, unknown>, string, string][] = [
      [{ startsOn: '2026-06-14' }, 'input.startsOn', 'DATES_INVALID'],
      [{ endsOn: '2026-06-30' }, 'input.endsOn', 'DATES_INVALID'],
      // 2026-07-01 to 2027-07-01 is 366 days, the most; a day more is too long.
      [{ endsOn: '2027-07-02' }, 'input.endsOn', 'DATES_INVALID'],
      [{ jp: 0 }, 'input.jp', 'VALUE_OUT_OF_RANGE'],
      [{ competencies: [] }, 'input.competencies', 'VALUE_OUT_OF_RANGE'],
      [
        { competencies: [{ competencyId: '5', targetLevel: 6 }] },
        'input.competencies.0.targetLevel',
        'VALUE_OUT_OF_RANGE',
      ],
      [
        {
          competencies: [
            { competencyId: '5', targetLevel: 2 },
            { competencyId: '5', targetLevel: 3 },
          ],
        },
        'input.competencies',
        'VALUE_INVALID',
      ],
      [{ hostOrganisation: '  ' }, 'input.hostOrganisation', 'TEXT_REQUIRED'],
      [{ goals: '' }, 'input.goals', 'TEXT_REQUIRED'],
      // Overlaps the placement the first test approved (2026-07-01 to 2026-08-29).
      [{ startsOn: '2026-08-29', endsOn: '2026-09-30' }, 'input.startsOn', 'PLACEMENT_OVERLAP'],
    ];
    for (const [overrides, field, reason] of cases) {
      expect(reasonOf(await run(PROPOSE, proposal(overrides), asn(14))), field).toEqual([
        'BAD_USER_INPUT',
        field,
        reason,
      ]);
    }
    const proposed = await run(PROPOSE, proposal({ startsOn: '2026-09-01', endsOn: '2026-09-30' }), asn(14));
    expect(reasonOf(await run(decide('rejectPlacement'), { id: proposed.row!.id }, MANAGER_AMBON))).toEqual([
      'BAD_USER_INPUT',
      'input.reason',
      'TEXT_REQUIRED',
    ]);
    expect(await counts()).toEqual([before[0]! + 1, before[1]! + 2]);
    expect(
      (await run(decide('rejectPlacement'), { id: proposed.row!.id, reason: 'Anggaran' }, ADMIN_AMBON)).row,
    ).toMatchObject({ status: 'REJECTED' });
  });

  it('counts a completed placement’s JP in the year of its end date and proves its targets unless judged KURANG', async () => {
    // Entered from papers by the administrator: one ending in 2026 (JP 160), one crossing from 2025 into 2026 (24).
    const spring = await run(
      PROPOSE,
      proposal({ employeeId: '15', startsOn: '2026-03-02', endsOn: '2026-05-29', jp: 160 }),
      ADMIN_AMBON,
    );
    const winter = await run(
      PROPOSE,
      proposal({
        employeeId: '16',
        kind: 'DETASERING',
        startsOn: '2025-11-17',
        endsOn: '2026-01-16',
        jp: 24,
        competencies: [{ competencyId: '14', targetLevel: 4 }],
      }),
      ADMIN_AMBON,
    );
    for (const placement of [spring, winter]) {
      expect((await run(decide('approvePlacement'), { id: placement.row!.id }, MANAGER_AMBON)).row!.canComplete).toBe(
        true,
      );
    }
    const jpOf = (id: string) =>
      resolveEntities(
        subgraph,
        'Employee',
        [{ id, employeeType: 'PNS' }],
        `jp(year: 2026) { earned projected } last: jp(year: 2025) { earned } jpProjection { earned pending shortfall }
        trainingEvidence { level date competency { id } placement { id } }`,
      );
    // Approved, not yet closed: projected, not earned; this year's projection (today 2026-06-15) says the same.
    expect((await jpOf('15')).entities[0]).toMatchObject({
      jp: { earned: 0, projected: 160 },
      jpProjection: { earned: 0, pending: 160, shortfall: 0 },
      trainingEvidence: [],
    });
    await run(COMPLETE, { id: spring.row!.id, report: 'Target tercapai.', hostAssessment: 'BAIK' }, MANAGER_AMBON);
    await run(COMPLETE, { id: winter.row!.id, report: 'Kurang aktif.', hostAssessment: 'KURANG' }, ADMIN_AMBON);
    expect((await jpOf('15')).entities[0]).toEqual({
      jp: { earned: 160, projected: 0 },
      last: { earned: 0 },
      jpProjection: { earned: 160, pending: 0, shortfall: 0 },
      trainingEvidence: [
        { level: 3, date: '2026-05-29', competency: { id: '5' }, placement: { id: spring.row!.id } },
        { level: 2, date: '2026-05-29', competency: { id: '13' }, placement: { id: spring.row!.id } },
      ],
    });
    expect((await jpOf('16')).entities[0]).toEqual({
      jp: { earned: 24, projected: 0 },
      last: { earned: 0 },
      jpProjection: { earned: 24, pending: 0, shortfall: 0 },
      trainingEvidence: [],
    });
  });

  it('lists the caller’s placements in as many statements for 40 as for 4', async () => {
    const repository = subgraph.dataSource.getRepository(Placement);
    const seed = async (from: number, count: number) => {
      for (let i = 0; i < count; i += 1) {
        const saved = await repository.save(
          repository.create({
            agencyId: 2,
            employeeId: 76 + ((from + i) % 75),
            kind: 'MAGANG',
            hostOrganisation: 'RSUD Provinsi Sulawesi Barat',
            supervisorName: 'Drs. Yusuf Rahman',
            supervisorContact: null,
            startsOn: '2025-01-01',
            endsOn: '2025-01-31',
            jp: 40,
            goals: 'Uji',
            status: 'COMPLETED',
            proposedOn: '2024-12-01',
            decidedOn: '2024-12-08',
            rejectionReason: null,
            report: 'Uji',
            hostAssessment: 'BAIK',
            completedOn: '2025-02-10',
          }),
        );
        await subgraph.dataSource
          .getRepository(PlacementCompetency)
          .save({ placementId: saved.id, competencyId: 2, targetLevel: 2 });
      }
    };
    const list = async () => {
      const before = subgraph.counter.statements;
      const result = await subgraph.execute<{ placements: unknown[] }>(
        `query { placements { ${FIELDS} } }`,
        {},
        {
          identity: ADMIN_MAMUJU,
        },
      );
      return { rows: result.data!.placements.length, statements: subgraph.counter.statements - before };
    };
    await seed(0, 4);
    const few = await list();
    await seed(4, 36);
    const many = await list();
    expect([few.rows, many.rows]).toEqual([4, 40]);
    expect(many.statements).toBe(few.statements);
  });
});
