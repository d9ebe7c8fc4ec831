import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Identity } from '@asn/common';
import { resolveEntities, type TestSubgraph } from '@asn/common/testing';
import { Employee } from '../entities/employee.entity.js';
import { AS, createSeededPersonnel } from '../testing/identities.js';

const OPTIONS = `query ($id: ID!) { employee(id: $id) { jpm jpmCategory careerOptions {
  positionId rank kind steps jpm jpmCategory leadershipTrainingCode path { id } gaps { competencyId gap competency { code } }
  requirements { kind met } } } }`;

interface Options {
  employee: {
    jpm: number;
    jpmCategory: string;
    careerOptions: {
      positionId: string;
      rank: number;
      kind: string;
      steps: number;
      jpm: number;
      leadershipTrainingCode: string | null;
      path: { id: string }[];
      gaps: { competencyId: string; gap: number; competency: { code: string } }[];
    }[];
  };
}

describe('Employee.careerOptions and Query.careerOption', () => {
  let subgraph: TestSubgraph;
  beforeAll(async () => {
    subgraph = await createSeededPersonnel();
  });
  afterAll(() => subgraph.stop());

  it('gives an Ahli Pertama the ladder’s targets ranked, with JPM, gaps and leadership training', async () => {
    const result = await subgraph.execute<Options>(OPTIONS, { id: '14' }, { identity: AS.asn });
    expect(result.errors).toBeUndefined();
    const { employee } = result.data!;
    // Position 7: Σ required 1 × 9 + PAPL 2 + DATA 2 + KAMINFO 1 = 14; held KS 2, PK 2, PB 2 of the managerial and
    // socio-cultural (the other six never assessed), KAMINFO 2, PAPL and DATA never: 8 / 14 = 57.14 (BKN).
    expect(employee).toMatchObject({ jpm: 57.14, jpmCategory: 'KURANG_OPTIMAL' });
    const [first, second] = employee.careerOptions;
    // Position 8: Σ required 2 × 9 + PAPL 3 + DATA 3 + KAMINFO 2 = 26; held the same 8: 8 / 26 = 30.77 (BKN).
    expect(first).toMatchObject({ positionId: '8', rank: 1, kind: 'VERTICAL', steps: 1, jpm: 30.77 });
    expect(first!.path.map((position) => position.id)).toEqual(['7', '8']);
    expect(first!.gaps.find((gap) => gap.competency.code === 'PAPL')).toMatchObject({ gap: -3 });
    expect(second).toMatchObject({ kind: 'DIAGONAL', steps: 2, leadershipTrainingCode: 'PKA' });
    expect(employee.careerOptions.map((option) => option.rank)).toEqual(
      employee.careerOptions.map((_, index) => index + 1),
    );
  });

  it('shows the options to the person, their manager, an admin and a pii:read key only', async () => {
    for (const identity of [AS.asn, AS.manager, AS.admin, AS.keyPii] as Identity[]) {
      const result = await subgraph.execute(
        '{ careerOption(employeeId: "14", positionId: "8") { rank } }',
        {},
        { identity },
      );
      expect(result.data?.careerOption).toEqual({ rank: 1 });
    }
    for (const identity of [AS.keyDirectory, AS.adminMamuju] as Identity[]) {
      const result = await subgraph.execute(
        '{ careerOption(employeeId: "14", positionId: "8") { rank } }',
        {},
        { identity },
      );
      expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
  });

  it('answers null for a position not reachable on the ladder', async () => {
    const result = await subgraph.execute('{ careerOption(employeeId: "14", positionId: "1") { rank } }');
    expect(result.data).toEqual({ careerOption: null });
  });

  it('resolves CareerOption references for training’s @requires, in order, null when unreachable', async () => {
    const { entities } = await resolveEntities(
      subgraph,
      'CareerOption',
      [
        { employeeId: '14', positionId: '50' },
        { employeeId: '14', positionId: '1' },
        { employeeId: '14', positionId: '8' },
      ],
      'employeeId positionId rank gaps { competencyId requiredLevel currentLevel } leadershipTrainingCode eligibleOn',
    );
    expect(entities.map((entity) => (entity as { rank: number } | null)?.rank ?? null)).toEqual([2, null, 1]);
  });

  it('offers no move past the retirement horizon (employee 3 as an Administrator born 1967-02-11, retired at 58)', async () => {
    // Nobody in the demo serves past retirement, so employee 3 is made older here: the ladder has moves from the
    // post, but none could be made before 2025-02-11.
    const repository = subgraph.dataSource.getRepository(Employee);
    const { nip } = await repository.findOneByOrFail({ id: 3 });
    await repository.update({ id: 3 }, { nip: `19670211${nip.slice(8)}` });
    const result = await subgraph.execute(
      `{ employee(id: "3") { careerOptions { positionId } careerPlanEmptyReason } }`,
      {},
      { identity: AS.admin },
    );
    expect(result.errors).toBeUndefined();
    await repository.update({ id: 3 }, { nip });
    expect(result.data!.employee).toEqual({ careerOptions: [], careerPlanEmptyReason: 'PAST_RETIREMENT_HORIZON' });
  });

  it('says why a plan is empty: no ladder move, or every target closed to a PPPK; nothing while there are options', async () => {
    // Employee 1 is the Sekretaris Daerah (position 1): the ladder has no move from it. Employee 22 is a PPPK
    // Pranata Komputer Ahli Muda (position 8): its moves lead to Kepala Bidang (4), Kepala Bagian (14) and from
    // there to a JPT Pratama (2), all structural posts a PPPK cannot hold. Employee 14 (above) has options.
    const result = await subgraph.execute<{ a: unknown; b: unknown; c: unknown }>(
      `{ a: employee(id: "1") { careerOptions { positionId } careerPlanEmptyReason }
         b: employee(id: "22") { employeeType careerOptions { positionId } careerPlanEmptyReason }
         c: employee(id: "14") { careerPlanEmptyReason } }`,
      {},
      { identity: AS.admin },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      a: { careerOptions: [], careerPlanEmptyReason: 'NO_LADDER_MOVE' },
      b: { employeeType: 'PPPK', careerOptions: [], careerPlanEmptyReason: 'CLOSED_TO_EMPLOYEE_TYPE' },
      c: { careerPlanEmptyReason: null },
    });
  });

  it('builds the options of 75 employees in the same SQL statements as those of 5', async () => {
    // Youngest first (NIP descending): the oldest are past the planner's retirement horizon and have no options.
    const query = `query ($first: Int) { employees(first: $first, orderBy: { field: NIP, direction: DESC }) { edges {
      node { careerOptions { rank jpm path { id } gaps { competency { code } } } careerPlanEmptyReason } } } }`;
    const count = async (first: number) => {
      const before = subgraph.counter.statements;
      const result = await subgraph.execute(query, { first }, { identity: AS.admin });
      expect(result.errors).toBeUndefined();
      return subgraph.counter.statements - before;
    };
    expect(await count(75)).toBe(await count(5));
  });
});
