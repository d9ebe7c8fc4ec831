import type { Identity } from '@asn/common';
import 'reflect-metadata';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { TestSubgraph } from '@asn/common/testing';
import { Employee } from '../entities/employee.entity.js';
import { Unit } from '../entities/unit.entity.js';
import { AS, createSeededPersonnel, snapshot } from '../testing/identities.js';

const SET_STANDARD = `mutation ($input: SetPositionStandardInput!) { setPositionStandard(input: $input) {
  id standard { requiredLevel competency { code } } } }`;
const CREATE_EDGE = `mutation ($input: CreateCareerLadderEdgeInput!) { createCareerLadderEdge(input: $input) {
  id kind minYearsInPosition leadershipTrainingCode fromPosition { id } toPosition { id } } }`;
const REMOVE_EDGE = 'mutation ($input: RemoveCareerLadderEdgeInput!) { removeCareerLadderEdge(input: $input) }';
const START = `mutation ($input: StartMentorshipInput!) { startMentorship(input: $input) {
  id active mentor { id } mentee { id } focusCompetencies { code } } }`;
const END = 'mutation ($input: EndMentorshipInput!) { endMentorship(input: $input) { id endsOn active } }';

describe('standards, career ladder and mentorships', () => {
  let subgraph: TestSubgraph;
  let before: string;
  const tables = ['competency_standard', 'career_ladder_edge', 'mentorship', 'mentorship_focus'];
  beforeAll(async () => {
    subgraph = await createSeededPersonnel();
  });
  beforeEach(async () => {
    before = await snapshot(subgraph, tables);
  });
  afterAll(() => subgraph.stop());

  async function expectRefused(
    query: string,
    input: Record<string, unknown>,
    expected: Record<string, unknown>,
    identity: Identity = AS.admin,
  ) {
    const result = await subgraph.execute(query, { input }, { identity });
    expect(result.errors?.[0]?.extensions).toMatchObject(expected);
    expect(await snapshot(subgraph, tables)).toBe(before);
  }

  it('replaces a position standard, readable publicly', async () => {
    const input = {
      positionId: '12',
      items: [
        { competencyId: '1', requiredLevel: 2 },
        { competencyId: '19', requiredLevel: 2 },
      ],
    };
    const result = await subgraph.execute(SET_STANDARD, { input });
    expect(result.errors).toBeUndefined();
    const read = await subgraph.execute<{
      positionStandard: { requiredLevel: number; competency: { code: string } }[];
    }>('{ positionStandard(positionId: "12") { requiredLevel competency { code } } }', {}, { identity: AS.anonymous });
    expect(read.data!.positionStandard).toEqual([
      { requiredLevel: 2, competency: { code: 'INT' } },
      { requiredLevel: 2, competency: { code: 'ARSIP' } },
    ]);
  });

  it.each([
    ['a level of 6', [{ competencyId: '1', requiredLevel: 6 }], 'input.items.0.requiredLevel', 'LEVEL_OUT_OF_RANGE'],
    [
      'an unknown competency',
      [
        { competencyId: '1', requiredLevel: 2 },
        { competencyId: '77', requiredLevel: 2 },
      ],
      'input.items.1.competencyId',
      'COMPETENCY_NOT_FOUND',
    ],
    [
      'a competency twice',
      [
        { competencyId: '1', requiredLevel: 2 },
        { competencyId: '1', requiredLevel: 3 },
      ],
      'input.items.1.competencyId',
      'STANDARD_DUPLICATE',
    ],
  ])('refuses a standard with %s', async (_rule, items, field, reason) => {
    await expectRefused(SET_STANDARD, { positionId: '7', items }, { code: 'BAD_USER_INPUT', field, reason });
  });

  it("refuses a standard of another agency's position", async () => {
    await expectRefused(SET_STANDARD, { positionId: '19', items: [] }, { code: 'FORBIDDEN' });
  });

  it('adds and removes a ladder edge', async () => {
    const created = await subgraph.execute<{ createCareerLadderEdge: { id: string } }>(CREATE_EDGE, {
      input: { fromPositionId: '9', toPositionId: '7', kind: 'HORIZONTAL', minYearsInPosition: 2 },
    });
    expect(created.errors).toBeUndefined();
    const id = created.data!.createCareerLadderEdge.id;
    const ladder = await subgraph.execute<{ careerLadder: { id: string }[] }>(
      '{ careerLadder(agencyId: "1", fromPositionId: "9") { id } }',
      {},
      { identity: AS.anonymous },
    );
    expect(ladder.data!.careerLadder.map((edge) => edge.id)).toContain(id);
    const removed = await subgraph.execute(REMOVE_EDGE, { input: { id } });
    expect(removed.data).toEqual({ removeCareerLadderEdge: id });
  });

  it.each([
    [
      'a self-loop',
      { fromPositionId: '7', toPositionId: '7', kind: 'HORIZONTAL' },
      'input.toPositionId',
      'LADDER_SELF_LOOP',
    ],
    [
      'an edge that exists',
      { fromPositionId: '7', toPositionId: '8', kind: 'VERTICAL' },
      'input.toPositionId',
      'LADDER_DUPLICATE',
    ],
    [
      'a target in another agency',
      { fromPositionId: '7', toPositionId: '20', kind: 'VERTICAL' },
      'input.toPositionId',
      'OTHER_AGENCY',
    ],
    [
      'a diagonal move within one track',
      { fromPositionId: '7', toPositionId: '10', kind: 'DIAGONAL' },
      'input.kind',
      'LADDER_KIND_TRACK',
    ],
    [
      'a vertical move across tracks',
      { fromPositionId: '7', toPositionId: '4', kind: 'VERTICAL' },
      'input.kind',
      'LADDER_KIND_TRACK',
    ],
    [
      'an unknown training code',
      { fromPositionId: '7', toPositionId: '4', kind: 'DIAGONAL', leadershipTrainingCode: 'DIKLATPIM' },
      'input.leadershipTrainingCode',
      'LEADERSHIP_TRAINING_UNKNOWN',
    ],
    [
      'negative years',
      { fromPositionId: '7', toPositionId: '4', kind: 'DIAGONAL', minYearsInPosition: -1 },
      'input.minYearsInPosition',
      'YEARS_OUT_OF_RANGE',
    ],
    [
      'an unknown position',
      { fromPositionId: '7', toPositionId: '999', kind: 'VERTICAL' },
      'input.toPositionId',
      'POSITION_NOT_FOUND',
    ],
  ])('refuses a ladder edge with %s', async (_rule, input, field, reason) => {
    await expectRefused(CREATE_EDGE, input, { code: 'BAD_USER_INPUT', field, reason });
  });

  it('refuses ladder changes to a manager', async () => {
    await expectRefused(
      CREATE_EDGE,
      { fromPositionId: '9', toPositionId: '7', kind: 'HORIZONTAL' },
      { code: 'FORBIDDEN' },
      AS.manager,
    );
  });

  it('starts and ends a mentorship; the mentee and the mentor see it', async () => {
    const started = await subgraph.execute<{ startMentorship: { id: string; active: boolean } }>(
      START,
      { input: { mentorId: '20', menteeId: '15', startsOn: '2026-11-01', focusCompetencyIds: ['21', '3'] } },
      { identity: AS.manager },
    );
    expect(started.errors).toBeUndefined();
    expect(started.data!.startMentorship).toMatchObject({
      active: true,
      focusCompetencies: [{ code: 'KOM' }, { code: 'PAPL' }],
    });
    const mine = await subgraph.execute<{ employee: { mentors: { mentor: { id: string } }[] } }>(
      '{ employee(id: "15") { mentors { mentor { id } } } }',
    );
    expect(mine.data!.employee.mentors.map((mentorship) => mentorship.mentor.id)).toContain('20');
    const ended = await subgraph.execute(END, {
      input: { id: started.data!.startMentorship.id, endsOn: '2026-11-20' },
    });
    expect(ended.data).toMatchObject({ endMentorship: { endsOn: '2026-11-20', active: false } });
    before = await snapshot(subgraph, tables);
    await expectRefused(
      END,
      { id: started.data!.startMentorship.id, endsOn: '2026-11-21' },
      { reason: 'MENTORSHIP_ENDED' },
    );
  });

  it.each([
    ['a junior mentor', { mentorId: '15', menteeId: '20' }, 'input.mentorId', 'MENTOR_NOT_SENIOR'],
    ['the same person', { mentorId: '15', menteeId: '15' }, 'input.mentorId', 'MENTOR_SELF'],
    ['a mentor of another agency', { mentorId: '80', menteeId: '15' }, 'input.mentorId', 'OTHER_AGENCY'],
    ['no focus', { focusCompetencyIds: [] }, 'input.focusCompetencyIds', 'FOCUS_REQUIRED'],
    [
      'an unknown focus competency',
      { focusCompetencyIds: ['99'] },
      'input.focusCompetencyIds.0',
      'COMPETENCY_NOT_FOUND',
    ],
    ['a pair already running', { mentorId: '4', menteeId: '14' }, 'input.menteeId', 'MENTORSHIP_ACTIVE'],
  ])('refuses a mentorship with %s', async (_rule, change, field, reason) => {
    const input = { mentorId: '4', menteeId: '16', startsOn: '2026-11-01', focusCompetencyIds: ['3'], ...change };
    await expectRefused(START, input, { code: 'BAD_USER_INPUT', field, reason });
  });

  it('refuses an end before the start, and a mentorship by an ASN', async () => {
    const running = await subgraph.execute<{ employee: { mentors: { id: string; startsOn: string }[] } }>(
      '{ employee(id: "14") { mentors { id startsOn } } }',
    );
    const { id } = running.data!.employee.mentors[0]!;
    await expectRefused(END, { id, endsOn: '2020-01-01' }, { field: 'input.endsOn', reason: 'END_BEFORE_START' });
    await expectRefused(
      START,
      { mentorId: '4', menteeId: '14', startsOn: '2026-11-01', focusCompetencyIds: ['3'] },
      { code: 'FORBIDDEN' },
      AS.asn,
    );
  });
});

describe('units', () => {
  let subgraph: TestSubgraph;
  beforeAll(async () => {
    subgraph = await createSeededPersonnel();
  });
  afterAll(() => subgraph.stop());

  it('are a public tree', async () => {
    const result = await subgraph.execute<{
      agency: {
        rootUnits: { name: string; depth: number; children: { name: string; children: { name: string }[] }[] }[];
      };
    }>(
      '{ agency(id: "1") { rootUnits { name depth children { name children { name } } } } }',
      {},
      { identity: AS.anonymous },
    );
    const [root] = result.data!.agency.rootUnits;
    expect(root).toMatchObject({ name: 'Pemerintah Kota Ambon', depth: 0 });
    expect(root!.children.map((child) => child.name)).toEqual([
      'Sekretariat Daerah',
      'Dinas Komunikasi dan Informatika',
      'Dinas Kesehatan',
      'Dinas Pendidikan',
      'BKPSDM',
    ]);
  });

  it.each([
    ['the head of the unit', AS.manager, '6', true],
    ['a manager of another unit', AS.manager, '8', false],
    ['an admin', AS.admin, '8', true],
    ['an ASN', AS.asn, '6', false],
    ['an API key with personnel:read', AS.keyDirectory, '6', true],
    ['anonymous', AS.anonymous, '6', false],
  ] as const)('show their members and gaps to %s, or not', async (_who, identity, id, allowed) => {
    const result = await subgraph.execute<{ unit: { memberIds: string[] } | null }>(
      'query ($id: ID!) { unit(id: $id) { memberIds competencyGaps { competencyId employeesBelow totalDeficit } } }',
      { id },
      { identity },
    );
    if (allowed) expect(result.data!.unit!.memberIds.length).toBeGreaterThan(0);
    else expect(result.errors?.[0]?.extensions?.code).toMatch(/FORBIDDEN|UNAUTHENTICATED/);
  });
});

describe('unit gap figures without pii:read', () => {
  let subgraph: TestSubgraph;
  beforeAll(async () => {
    subgraph = await createSeededPersonnel();
  });
  afterAll(() => subgraph.stop());

  type Gaps = { unit: { competencyGaps: { competencyId: string; employeesBelow: number }[] } };
  const GAPS = 'query ($id: ID!) { unit(id: $id) { competencyGaps { competencyId employeesBelow totalDeficit } } }';
  const gapsOf = async (id: string, identity: Identity) =>
    (await subgraph.execute<Gaps>(GAPS, { id }, { identity })).data!.unit.competencyGaps;

  it('withholds every figure fewer than 5 people stand behind, or that a sub-unit’s figure differs from by 1-4', async () => {
    const units = await subgraph.dataSource.getRepository(Unit).find({ where: { agencyId: 1 } });
    let withheld = 0;
    for (const unit of units) {
      const full = await gapsOf(String(unit.id), AS.admin);
      const shown = await gapsOf(String(unit.id), AS.keyDirectory);
      // What is shown is shown unchanged; the rest is withheld.
      for (const gap of shown) expect(full).toContainEqual(gap);
      withheld += full.length - shown.length;
      const members = await subgraph.dataSource
        .getRepository(Employee)
        .createQueryBuilder('employee')
        .innerJoin(Unit, 'unit', 'unit.id = employee.unit_id')
        .where('unit.path LIKE :path', { path: `${unit.path}%` })
        .getCount();
      // Fewer than 5 people in the unit and its sub-units: no figure at all.
      if (members < 5) expect(shown, `unit ${unit.id} of ${members}`).toEqual([]);
    }
    expect(withheld, 'some small groups exist in the demo data and are withheld').toBeGreaterThan(0);
  });
});
