// The matrix as of a date and growth between two dates, hand-worked on the seed (TODAY 2026-11-25, every seeded
// assessment on or before 2026-06-28) plus two assessment-centre results of employee 20 on 2026-09-01.
import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestSubgraph } from '@asn/common/testing';
import { Assessment } from '../entities/assessment.entity.js';
import { AS, createSeededPersonnel } from '../testing/identities.js';

const MATRIX = `query ($input: TeamMatrixInput!) { teamMatrix(input: $input) { asOf rows { employee { id } jpm currentLevels } } }`;
const GROWTH = `query ($input: TeamGrowthInput!) { teamGrowth(input: $input) { from to rows { employee { id } jpmFrom jpmTo
  jpmChange levelGain changes { competencyId competency { code } levelFrom levelTo change } } } }`;
const IMPROVED = `query ($unitId: ID!, $year: Int!) { mostImproved(unitId: $unitId, year: $year) { from to rows { employee { id name }
  levelGain jpmChange } } }`;

type Row = { employee: { id: string }; jpm: number; currentLevels: (number | null)[] };
type GrowthRow = { employee: { id: string; name?: string }; levelGain: number; jpmChange: number } & Record<
  string,
  unknown
>;

describe('the team matrix as of a date, and growth', () => {
  let subgraph: TestSubgraph;
  const run = async <T>(query: string, variables: Record<string, unknown>, identity = AS.manager) => {
    const result = await subgraph.execute<T>(query, variables, { identity });
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    return result.data!;
  };
  beforeAll(async () => {
    subgraph = await createSeededPersonnel();
    // OPH (4) and PAPL (21), both rated 2 by the manager, now 3 by the assessment centre.
    await subgraph.dataSource.getRepository(Assessment).save([
      {
        employeeId: 20,
        competencyId: 4,
        level: 3,
        source: 'ASSESSMENT_CENTER',
        assessedOn: '2026-09-01',
        assessor: 'Uji',
        evidence: null,
      },
      {
        employeeId: 20,
        competencyId: 21,
        level: 3,
        source: 'ASSESSMENT_CENTER',
        assessedOn: '2026-09-01',
        assessor: 'Uji',
        evidence: null,
      },
    ]);
  });
  afterAll(() => subgraph.stop());

  it('shows a row as it stood on a past date and as it stands today', async () => {
    const jpmOf = async (asOf?: string) => {
      const { teamMatrix } = await run<{ teamMatrix: { asOf: string; rows: Row[] } }>(MATRIX, {
        input: { unitId: '6', ...(asOf && { asOf }) },
      });
      return [teamMatrix.asOf, teamMatrix.rows.find((row) => row.employee.id === '20')!.jpm];
    };
    // Σ required 26: 18 held before September (69.23, as in the team matrix); OPH and PAPL one level more each:
    // 20 / 26 = 76.923… → 76.92.
    expect(await jpmOf('2026-08-31')).toEqual(['2026-08-31', 69.23]);
    expect(await jpmOf()).toEqual(['2026-11-25', 76.92]);
    // Before any assessment at all: nothing held.
    expect(await jpmOf('2020-01-01')).toEqual(['2020-01-01', 0]);
  });

  it('lists the change per person and competency between two dates', async () => {
    const { teamGrowth } = await run<{ teamGrowth: { rows: GrowthRow[] } }>(GROWTH, {
      input: { unitId: '6', from: '2026-08-31', to: '2026-11-25' },
    });
    expect(teamGrowth.rows).toHaveLength(9);
    expect(teamGrowth.rows.find((row) => row.employee.id === '20')).toEqual({
      employee: { id: '20' },
      jpmFrom: 69.23,
      jpmTo: 76.92,
      jpmChange: 7.69,
      levelGain: 2,
      changes: [
        { competencyId: '4', competency: { code: 'OPH' }, levelFrom: 2, levelTo: 3, change: 1 },
        { competencyId: '21', competency: { code: 'PAPL' }, levelFrom: 2, levelTo: 3, change: 1 },
      ],
    });
    // Nobody else was assessed between the two dates.
    const others = teamGrowth.rows.filter((row) => row.employee.id !== '20');
    expect(others.every((row) => row.levelGain === 0 && row.jpmChange === 0)).toBe(true);
  });

  it('ranks a year’s most improved from the growth since 31 December, gainers only', async () => {
    const { mostImproved } = await run<{ mostImproved: { from: string; to: string; rows: GrowthRow[] } }>(IMPROVED, {
      unitId: '6',
      year: 2026,
    });
    expect([mostImproved.from, mostImproved.to]).toEqual(['2025-12-31', '2026-11-25']);
    const { teamGrowth } = await run<{ teamGrowth: { rows: GrowthRow[] } }>(GROWTH, {
      input: { unitId: '6', from: '2025-12-31', to: '2026-11-25' },
    });
    const gained = teamGrowth.rows.filter((row) => row.levelGain > 0 || row.jpmChange > 0);
    expect(mostImproved.rows.map((row) => row.employee.id).sort()).toEqual(gained.map((row) => row.employee.id).sort());
    expect(mostImproved.rows.map((row) => row.employee.id)).toContain('20');
    for (let index = 1; index < mostImproved.rows.length; index += 1) {
      const [a, b] = [mostImproved.rows[index - 1]!, mostImproved.rows[index]!];
      expect(a.levelGain > b.levelGain || (a.levelGain === b.levelGain && a.jpmChange >= b.jpmChange)).toBe(true);
    }
  });

  it('refuses a date after today, dates out of order, and an ASN', async () => {
    const future = await subgraph.execute(
      MATRIX,
      { input: { unitId: '6', asOf: '2026-11-26' } },
      { identity: AS.manager },
    );
    expect(future.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.asOf' });
    const reversed = await subgraph.execute(
      GROWTH,
      { input: { unitId: '6', from: '2026-09-01', to: '2026-08-01' } },
      { identity: AS.manager },
    );
    expect(reversed.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.to' });
    const asn = await subgraph.execute(
      GROWTH,
      { input: { unitId: '6', from: '2026-01-01', to: '2026-08-01' } },
      { identity: AS.asn },
    );
    expect(asn.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('takes the same SQL statements for a unit of 9 as for the agency of 75, at any two dates', async () => {
    const count = async (unitId: string) => {
      const before = subgraph.counter.statements;
      await run(GROWTH, { input: { unitId, from: '2025-12-31', to: '2026-11-25' } }, AS.admin);
      await run(MATRIX, { input: { unitId, asOf: '2026-03-01' } }, AS.admin);
      return subgraph.counter.statements - before;
    };
    expect(await count('1')).toBe(await count('6'));
  });
});
