import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Identity } from '@asn/common';
import type { TestSubgraph } from '@asn/common/testing';
import { AS, createSeededPersonnel } from '../testing/identities.js';

const MATRIX = `query ($input: TeamMatrixInput!) { teamMatrix(input: $input) {
  rows { employee { id } jpm jpmCategory talentBox { box }
    cells { competencyId requiredLevel currentLevel gap source stale } requiredLevels currentLevels staleLevels }
  columns { competencyId employeesRequired belowStandard meanGap worstGap competency { code } }
  categoryShares { category count share } } }`;

interface Matrix {
  rows: {
    employee: { id: string };
    jpm: number;
    jpmCategory: string;
    cells: {
      competencyId: string;
      requiredLevel: number;
      currentLevel: number;
      gap: number;
      source: string | null;
      stale: boolean;
    }[];
    requiredLevels: (number | null)[];
    currentLevels: (number | null)[];
    staleLevels: (boolean | null)[];
  }[];
  columns: {
    competencyId: string;
    employeesRequired: number;
    belowStandard: number;
    meanGap: number;
    worstGap: number;
  }[];
  categoryShares: { category: string; count: number; share: number }[];
}

describe('Query.teamMatrix', () => {
  let subgraph: TestSubgraph;
  const matrix = async (input: Record<string, unknown>, identity: Identity = AS.manager) => {
    const result = await subgraph.execute<{ teamMatrix: Matrix }>(MATRIX, { input }, { identity });
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    return result.data!.teamMatrix;
  };
  beforeAll(async () => {
    subgraph = await createSeededPersonnel();
  });
  afterAll(() => subgraph.stop());

  it("gives the Kepala Bidang's unit its rows with JPM and categories (seed, worked by hand)", async () => {
    const result = await matrix({ unitId: '6' });
    expect(result.rows).toHaveLength(9);
    // Employee 20, Pranata Komputer Ahli Muda: Σ required 2 × 9 + PAPL 3 + DATA 3 + KAMINFO 2 = 26; held
    // 1+1+1+2+3+2+2+1+1 = 14 managerial and socio-cultural (the manager's, INT and PP the person's own), DATA 1,
    // KAMINFO 1, PAPL 2: 18 / 26 = 69.23.
    const twenty = result.rows.find((row) => row.employee.id === '20')!;
    expect(twenty).toMatchObject({ jpm: 69.23, jpmCategory: 'KURANG_OPTIMAL' });
    expect(twenty.cells).toHaveLength(12);
    // Optimal: 16 (15 held of 14 required, capped at 100); Cukup: 19 (11 / 14 = 78.57) and 75 (8 / 10); six below 78.
    expect(result.categoryShares.map((share) => share.count)).toEqual([1, 2, 6]);
  });

  it('summarises a column: PAPL gaps 0, −2, 0, −1, 0, −1, −2 → 4 below, mean −0.86, worst −2', async () => {
    const papl = (await matrix({ unitId: '6' })).columns.find((column) => column.competencyId === '21');
    expect(papl).toEqual(
      expect.objectContaining({ employeesRequired: 7, belowStandard: 4, meanGap: -0.86, worstGap: -2 }),
    );
  });

  it('takes the same SQL statements for a unit of 9 as for an agency of 75', async () => {
    const count = async (unitId: string) => {
      const before = subgraph.counter.statements;
      const result = await matrix({ unitId }, AS.admin);
      return { rows: result.rows.length, statements: subgraph.counter.statements - before };
    };
    const small = await count('6');
    const whole = await count('1');
    expect([small.rows, whole.rows]).toEqual([9, 75]);
    expect(whole.statements).toBe(small.statements);
  });

  it('lists the levels of a row in column order, the same as its cells, null where not required or assessed', async () => {
    const result = await matrix({ unitId: '1' }, AS.admin);
    const columnIds = result.columns.map((column) => column.competencyId);
    let unassessed = 0;
    for (const row of result.rows) {
      expect([row.requiredLevels.length, row.currentLevels.length, row.staleLevels.length]).toEqual([
        columnIds.length,
        columnIds.length,
        columnIds.length,
      ]);
      const fromLists = columnIds.flatMap((competencyId, column) => {
        const requiredLevel = row.requiredLevels[column];
        if (requiredLevel === null || requiredLevel === undefined) return [];
        const assessed = row.currentLevels[column] !== null;
        if (!assessed) unassessed += 1;
        return [
          {
            competencyId,
            requiredLevel,
            currentLevel: row.currentLevels[column] ?? 0,
            assessed,
            stale: row.staleLevels[column] ?? false,
          },
        ];
      });
      expect(fromLists).toEqual(
        row.cells.map(({ competencyId, requiredLevel, currentLevel, source, stale }) => ({
          competencyId,
          requiredLevel,
          currentLevel,
          assessed: source !== null,
          stale,
        })),
      );
    }
    // The control: the seed has required competencies nobody assessed, so nulls are exercised.
    expect(unassessed).toBeGreaterThan(0);
  });

  it('gives each assessed pair of the lists once with its severity, the same as the cells say, at no extra SQL', async () => {
    const SEVERITIES = `query ($input: TeamMatrixInput!) { teamMatrix(input: $input) {
      rows { requiredLevels currentLevels cells { requiredLevel currentLevel gap severity source } }
      levelPairs { requiredLevel currentLevel gap severity } } }`;
    interface Severities {
      rows: {
        requiredLevels: (number | null)[];
        currentLevels: (number | null)[];
        cells: { requiredLevel: number; currentLevel: number; gap: number; severity: string; source: string | null }[];
      }[];
      levelPairs: { requiredLevel: number; currentLevel: number; gap: number; severity: string }[];
    }
    const run = async (unitId: string) => {
      const before = subgraph.counter.statements;
      const result = await subgraph.execute<{ teamMatrix: Severities }>(
        SEVERITIES,
        { input: { unitId } },
        { identity: AS.admin },
      );
      if (result.errors) throw new Error(JSON.stringify(result.errors));
      return { matrix: result.data!.teamMatrix, statements: subgraph.counter.statements - before };
    };
    const small = await run('6');
    const whole = await run('1');
    expect(whole.statements).toBe(small.statements);
    const { rows, levelPairs } = whole.matrix;
    const key = (pair: { requiredLevel: number; currentLevel: number }) => `${pair.requiredLevel}:${pair.currentLevel}`;
    const assessed = rows.flatMap((row) => row.cells.filter((cell) => cell.source !== null));
    expect(levelPairs.map(key)).toEqual([...new Set(assessed.map(key))].sort());
    const byPair = new Map(levelPairs.map((pair) => [key(pair), pair]));
    for (const cell of assessed) {
      expect(byPair.get(key(cell))).toEqual({
        requiredLevel: cell.requiredLevel,
        currentLevel: cell.currentLevel,
        gap: cell.gap,
        severity: cell.severity,
      });
    }
    // The control: the seed's agency has every severity.
    expect(new Set(levelPairs.map((pair) => pair.severity))).toEqual(new Set(['MET', 'MINOR', 'MAJOR']));
  });

  it("shows a unit only to its head, the agency's admin and a pii:read key", async () => {
    for (const identity of [AS.manager, AS.admin, AS.keyPii] as Identity[]) {
      await expect(matrix({ unitId: '6' }, identity)).resolves.toBeDefined();
    }
    for (const [identity, code] of [
      [AS.asn, 'FORBIDDEN'],
      [AS.keyDirectory, 'FORBIDDEN'],
      [AS.adminMamuju, 'FORBIDDEN'],
      [AS.system, 'FORBIDDEN'],
      [AS.anonymous, 'UNAUTHENTICATED'],
    ] as [Identity, string][]) {
      const result = await subgraph.execute(MATRIX, { input: { unitId: '6' } }, { identity });
      expect(result.errors?.[0]?.extensions?.code).toBe(code);
    }
    const other = await subgraph.execute(MATRIX, { input: { unitId: '4' } }, { identity: AS.manager });
    expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses an unknown unit as bad input', async () => {
    const result = await subgraph.execute(MATRIX, { input: { unitId: '999' } }, { identity: AS.admin });
    expect(result.errors?.[0]?.extensions).toMatchObject({ field: 'input.unitId', reason: 'UNIT_NOT_FOUND' });
  });
});
