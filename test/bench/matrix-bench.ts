// `node test/dist/bench/matrix-bench.js`: how long the personnel subgraph takes to resolve the team matrix of a
// 1,000-employee unit whose standard has 30 competencies, in process over in-memory SQLite with the demo seed (the
// median of several runs, after a warm-up), and how many SQL statements one resolution sends.
// Bounded: MATRIX_BENCH_EMPLOYEES (default 1000), MATRIX_BENCH_RUNS (default 7).
import 'reflect-metadata';
import { fixedClock } from '@asn/common';
import { createTestSubgraph, type TestSubgraph } from '@asn/common/testing';
import { createPersonnelSubgraph } from '@asn/personnel';
import { EMPLOYEE_COLUMNS } from './scale/generate.js';

const EMPLOYEES = Number(process.env.MATRIX_BENCH_EMPLOYEES ?? 1000);
const RUNS = Number(process.env.MATRIX_BENCH_RUNS ?? 7);
const TODAY = '2026-11-25';
const UNIT = 1001;
const POSITION = 1001;
/** The demo dictionary has 21 competencies; the bench adds 9 technical ones to reach 30. */
const COMPETENCIES = 30;

const MATRIX = /* GraphQL */ `
  query Matrix($input: TeamMatrixInput!) {
    teamMatrix(input: $input) {
      rows {
        employee {
          id
          name
        }
        position {
          id
        }
        jpm
        jpmCategory
        talentBox {
          box
        }
        cells {
          competencyId
          requiredLevel
          currentLevel
          gap
          source
          assessedOn
          stale
        }
      }
      columns {
        competencyId
        employeesRequired
        belowStandard
        meanGap
        worstGap
        competency {
          code
        }
      }
      categoryShares {
        category
        count
        share
      }
    }
  }
`;

async function insert(subgraph: TestSubgraph, table: string, columns: string[], rows: unknown[][]): Promise<void> {
  const tuple = `(${columns.map(() => '?').join(', ')})`;
  for (let start = 0; start < rows.length; start += 400) {
    const chunk = rows.slice(start, start + 400);
    await subgraph.dataSource.query(
      `INSERT INTO ${table} (${columns.join(', ')}) VALUES ${chunk.map(() => tuple).join(', ')}`,
      chunk.flat(),
    );
  }
}

/** A unit of EMPLOYEES people in one position requiring all 30 competencies, each assessed once or twice. */
async function addBigUnit(subgraph: TestSubgraph): Promise<void> {
  await insert(
    subgraph,
    'competency',
    ['id', 'code', 'name', 'type', 'definition'],
    Array.from({ length: COMPETENCIES - 21 }, (_, index) => [
      22 + index,
      `BENCH${index + 1}`,
      `Kompetensi Uji ${index + 1}`,
      'TECHNICAL',
      'Kompetensi teknis untuk pengukuran.',
    ]),
  );
  await insert(
    subgraph,
    'unit',
    ['id', 'agency_id', 'parent_id', 'name', 'path', 'head_employee_id'],
    [[UNIT, 1, 1, 'Unit Uji Seribu', `/000001/${String(UNIT).padStart(6, '0')}/`, null]],
  );
  await insert(
    subgraph,
    'position',
    ['id', 'agency_id', 'unit_id', 'name', 'kind', 'track', 'functional_level', 'min_golongan_rank', 'min_education'],
    [[POSITION, 1, UNIT, 'Pranata Komputer Ahli Muda (uji)', 'FUNGSIONAL', 'FUNCTIONAL', 'AHLI_MUDA', 11, 'S1']],
  );
  await insert(
    subgraph,
    'competency_standard',
    ['position_id', 'competency_id', 'required_level'],
    Array.from({ length: COMPETENCIES }, (_, index) => [POSITION, index + 1, 1 + (index % 4)]),
  );
  await insert(
    subgraph,
    'employee',
    [...EMPLOYEE_COLUMNS],
    Array.from({ length: EMPLOYEES }, (_, index) => [
      10001 + index,
      `1977${String(1 + (Math.floor(index / 28) % 12)).padStart(2, '0')}${String(1 + (index % 28)).padStart(2, '0')}2000012${String(900 + Math.floor(index / 336)).padStart(3, '0')}`,
      `Pegawai Uji ${index + 1}`,
      'PNS',
      1,
      UNIT,
      POSITION,
      null,
      11,
      'S1',
      '2020-01-01',
      ['SANGAT_BAIK', 'BAIK', 'KURANG'][index % 3],
      (index * 7) % 100,
      1,
    ]),
  );
  // Every competency by the assessment centre; every third one also by the manager, later (history is kept).
  const assessments = Array.from({ length: EMPLOYEES }, (_, person) =>
    Array.from({ length: COMPETENCIES }, (_, competency) => [
      [10001 + person, competency + 1, 1 + ((person + competency) % 5), 'ASSESSMENT_CENTER', '2025-03-01', 'UPT', null],
      ...(competency % 3 === 0
        ? [[10001 + person, competency + 1, 1 + (person % 5), 'MANAGER', '2026-02-01', 'Atasan', null]]
        : []),
    ]).flat(),
  ).flat();
  await insert(
    subgraph,
    'assessment',
    ['employee_id', 'competency_id', 'level', 'source', 'assessed_on', 'assessor', 'evidence'],
    assessments,
  );
}

async function main(): Promise<void> {
  const subgraph = await createTestSubgraph(createPersonnelSubgraph(fixedClock(TODAY)), { seed: true });
  try {
    await addBigUnit(subgraph);
    const run = async () => {
      const statements = subgraph.counter.statements;
      const started = performance.now();
      const result = await subgraph.execute<{ teamMatrix: { rows: unknown[]; columns: unknown[] } }>(
        MATRIX,
        { input: { unitId: String(UNIT) } },
        { identity: { kind: 'system' } },
      );
      const milliseconds = performance.now() - started;
      if (result.errors) throw new Error(JSON.stringify(result.errors));
      const { rows, columns } = result.data!.teamMatrix;
      if (rows.length !== EMPLOYEES || columns.length !== COMPETENCIES) {
        throw new Error(`expected ${EMPLOYEES} × ${COMPETENCIES}, got ${rows.length} × ${columns.length}`);
      }
      return { milliseconds, statements: subgraph.counter.statements - statements };
    };
    await run();
    const runs: { milliseconds: number; statements: number }[] = [];
    for (let index = 0; index < RUNS; index += 1) runs.push(await run());
    const times = runs.map((each) => each.milliseconds).sort((a, b) => a - b);
    const median = times[Math.floor(times.length / 2)]!;
    console.log(
      `teamMatrix, ${EMPLOYEES} employees × ${COMPETENCIES} competencies (${assessments(EMPLOYEES)} assessments): ` +
        `median ${median.toFixed(0)} ms over ${RUNS} runs (min ${times[0]!.toFixed(0)}, max ${times.at(-1)!.toFixed(0)}), ` +
        `${runs[0]!.statements} SQL statements per request`,
    );
  } finally {
    await subgraph.stop();
  }
}

/** Assessment rows the bench writes: 30 per person plus a manager's on every third competency. */
function assessments(employees: number): number {
  return employees * (COMPETENCIES + Math.ceil(COMPETENCIES / 3));
}

await main();
