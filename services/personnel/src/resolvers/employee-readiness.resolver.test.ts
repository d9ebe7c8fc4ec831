import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Identity } from '@asn/common';
import type { TestSubgraph } from '@asn/common/testing';
import { AS, createSeededPersonnel } from '../testing/identities.js';

interface Level {
  competencyId: string;
  requiredLevel: number;
  currentLevel: number;
  gap: number;
  severity: string;
  source: string | null;
  competency: { code: string };
}

const LEVELS = `query ($id: ID!) { employee(id: $id) {
  standardLevels { competencyId requiredLevel currentLevel gap severity source competency { code } } } }`;

const MANY = `query ($first: Int) { employees(first: $first) { edges { node {
  id standardLevels { competencyId requiredLevel currentLevel gap severity source stale assessedOn competency { code } }
} } } }`;

describe('Employee.standardLevels', () => {
  let subgraph: TestSubgraph;
  const levels = async (id: string, identity: Identity = AS.manager) => {
    const result = await subgraph.execute<{ employee: { standardLevels: Level[] } }>(LEVELS, { id }, { identity });
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    return result.data!.employee.standardLevels;
  };
  beforeAll(async () => {
    subgraph = await createSeededPersonnel();
  });
  afterAll(() => subgraph.stop());

  it("lists every competency of employee 20's standard with the gap's severity (seed, worked by hand)", async () => {
    const lines = await levels('20');
    // Pranata Komputer Ahli Muda: the 9 managerial and socio-cultural at 2, DATA 3, KAMINFO 2, PAPL 3, in id order.
    expect(lines.map((line) => line.competency.code)).toEqual([
      'INT',
      'KS',
      'KOM',
      'OPH',
      'PP',
      'PDOL',
      'MP',
      'PK',
      'PB',
      'DATA',
      'KAMINFO',
      'PAPL',
    ]);
    expect(lines.map((line) => `${line.currentLevel}/${line.requiredLevel} ${line.gap} ${line.severity}`)).toEqual([
      '1/2 -1 MINOR',
      '1/2 -1 MINOR',
      '1/2 -1 MINOR',
      '2/2 0 MET',
      '3/2 1 MET',
      '2/2 0 MET',
      '2/2 0 MET',
      '1/2 -1 MINOR',
      '1/2 -1 MINOR',
      '1/3 -2 MAJOR',
      '1/2 -1 MINOR',
      '2/3 -1 MINOR',
    ]);
  });

  it('counts a competency nobody assessed as level 0, with no source, and grades its gap', async () => {
    const result = await subgraph.execute<{
      employees: { edges: { node: { id: string; standardLevels: Level[] } }[] };
    }>(MANY, { first: 100 }, { identity: AS.admin });
    const unassessed = result.data!.employees.edges.flatMap((edge) =>
      edge.node.standardLevels.filter((line) => line.source === null),
    );
    // The control: the seed has required competencies nobody assessed.
    expect(unassessed.length).toBeGreaterThan(0);
    for (const line of unassessed) {
      expect(line).toMatchObject({ currentLevel: 0, gap: -line.requiredLevel });
      expect(line.severity).toBe(line.requiredLevel === 1 ? 'MINOR' : 'MAJOR');
    }
  });

  it('takes the same SQL statements for 100 employees as for 10', async () => {
    const count = async (first: number) => {
      const before = subgraph.counter.statements;
      const result = await subgraph.execute(MANY, { first }, { identity: AS.admin });
      expect(result.errors).toBeUndefined();
      return subgraph.counter.statements - before;
    };
    const ten = await count(10);
    expect(await count(100)).toBe(ten);
    // One each: page, standards, assessments, agencies (the JPM formula), competencies.
    expect(ten).toBe(5);
  });

  it('is personal: the person and their manager read it, a directory key and a colleague may not', async () => {
    await expect(levels('14', AS.asn)).resolves.toHaveLength(12);
    for (const identity of [AS.keyDirectory, AS.asn] as Identity[]) {
      const result = await subgraph.execute(LEVELS, { id: '20' }, { identity });
      expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
  });
});
