// `node test/dist/bench/matrix-bench.js`: how long the personnel subgraph takes to resolve the team matrix of a
// 1,000-employee unit whose standard has 30 competencies, in process over in-memory SQLite with the demo seed (the
// median of several runs, after a warm-up), and how many SQL statements one resolution sends; asked as the web
// asks it (levels as lists in column order, the severity once per pair of levels) and with the detailed cells (a
// severity each), each beside the SQL floor: the minimal SQL for the same answer (the unit's people, their
// assessments' rule columns, the standards, the competencies and positions) in the same process. Each query's runs
// alternate with the floor's, so both meet the same load on a shared machine; each is measured in wall time and in the
// process's CPU time (all its threads: the garbage collector's helpers too), whose ratio swings less when other work
// shares the cores.
// Bounded: MATRIX_BENCH_EMPLOYEES (default 1000), MATRIX_BENCH_RUNS (default 7).
import 'reflect-metadata';
import { fixedClock } from '@asn/common';
import { createTestSubgraph, TEST_ADMIN, type TestSubgraph } from '@asn/common/testing';
import { createPersonnelSubgraph } from '@asn/personnel';
import { EMPLOYEE_COLUMNS } from './scale/generate.js';

const EMPLOYEES = Number(process.env.MATRIX_BENCH_EMPLOYEES ?? 1000);
const RUNS = Number(process.env.MATRIX_BENCH_RUNS ?? 7);
const TODAY = '2026-11-25';
const UNIT = 1001;
const POSITION = 1001;
/** The demo dictionary has 21 competencies; the bench adds 9 technical ones to reach 30. */
const COMPETENCIES = 30;

const matrixQuery = (rowLevels: string, matrixLevels = '') => /* GraphQL */ `
  query Matrix($input: TeamMatrixInput!) {
    teamMatrix(input: $input) {
      rows {
        employee {
          id
          name
          nip
        }
        position {
          id
          name
        }
        jpm
        jpmCategory
        talentBox {
          box
        }
        ${rowLevels}
      }
      columns {
        competencyId
        employeesRequired
        belowStandard
        meanGap
        worstGap
        competency {
          code
          name
        }
      }
      categoryShares {
        category
        count
        share
      }
      ${matrixLevels}
    }
  }
`;
const QUERIES = {
  'levels as lists (the web)': matrixQuery(
    'requiredLevels currentLevels staleLevels',
    'levelPairs { requiredLevel currentLevel severity }',
  ),
  'detailed cells': matrixQuery(
    'cells { competencyId requiredLevel currentLevel gap severity source assessedOn stale }',
  ),
};

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

/** The minimal SQL for the same answer, sent in the same process: what any implementation must read. */
async function floor(subgraph: TestSubgraph): Promise<void> {
  const path = `/000001/${String(UNIT).padStart(6, '0')}/`;
  const people = (await subgraph.dataSource.query(
    `SELECT e.id, e.nip, e.name, e.agency_id, e.position_id, e.performance_predikat, e.potential_score
       FROM employee e JOIN unit u ON u.id = e.unit_id WHERE u.path >= ? AND u.path < ?`,
    [path, `${path.slice(0, -1)}0`],
  )) as { id: number; position_id: number; agency_id: number }[];
  const ids = people.map((person) => person.id);
  const positions = [...new Set(people.map((person) => person.position_id))];
  const marks = (values: unknown[]) => values.map(() => '?').join(', ');
  await subgraph.dataSource.query(
    `SELECT id, employee_id, competency_id, level, source, assessed_on FROM assessment WHERE employee_id IN (${marks(ids)})`,
    ids,
  );
  const standards = (await subgraph.dataSource.query(
    `SELECT position_id, competency_id, required_level FROM competency_standard WHERE position_id IN (${marks(positions)})`,
    positions,
  )) as { competency_id: number }[];
  const competencies = [...new Set(standards.map((line) => line.competency_id))];
  await subgraph.dataSource.query(
    `SELECT id, code, name, type FROM competency WHERE id IN (${marks(competencies)})`,
    competencies,
  );
  await subgraph.dataSource.query(`SELECT id, name, kind FROM position WHERE id IN (${marks(positions)})`, positions);
  await subgraph.dataSource.query('SELECT * FROM agency WHERE id = ?', [people[0]!.agency_id]);
  await subgraph.dataSource.query('SELECT * FROM kinerja_mapping WHERE agency_id = ?', [people[0]!.agency_id]);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

interface Measure {
  milliseconds: number;
  cpuMilliseconds: number;
}

/** Wall and CPU time of one call. */
async function measure(call: () => Promise<unknown>): Promise<Measure> {
  const cpu = process.cpuUsage();
  const started = performance.now();
  await call();
  const milliseconds = performance.now() - started;
  const { user, system } = process.cpuUsage(cpu);
  return { milliseconds, cpuMilliseconds: (user + system) / 1000 };
}

async function main(): Promise<void> {
  const subgraph = await createTestSubgraph(createPersonnelSubgraph(fixedClock(TODAY)), { seed: true });
  try {
    await addBigUnit(subgraph);
    const run = async (query: string) => {
      const result = await subgraph.execute<{ teamMatrix: { rows: unknown[]; columns: unknown[] } }>(
        query,
        { input: { unitId: String(UNIT) } },
        { identity: TEST_ADMIN },
      );
      if (result.errors) throw new Error(JSON.stringify(result.errors));
      return result.data!.teamMatrix;
    };
    /** The first answer's shape, size and statements; the timed runs after it measure the execution alone. */
    const check = async (query: string) => {
      const statements = subgraph.counter.statements;
      const matrix = await run(query);
      const { rows, columns } = matrix;
      if (rows.length !== EMPLOYEES || columns.length !== COMPETENCIES) {
        throw new Error(`expected ${EMPLOYEES} × ${COMPETENCIES}, got ${rows.length} × ${columns.length}`);
      }
      return {
        statements: subgraph.counter.statements - statements,
        bytes: JSON.stringify({ teamMatrix: matrix }).length,
      };
    };
    console.log(
      `teamMatrix, ${EMPLOYEES} employees × ${COMPETENCIES} competencies (${assessments(EMPLOYEES)} assessments), ` +
        `${RUNS} runs each after a warm-up, alternating with the SQL floor's`,
    );
    const ms = (value: number) => `${value.toFixed(value < 10 ? 1 : 0)} ms`;
    for (const [name, query] of Object.entries(QUERIES)) {
      // MATRIX_BENCH_ONLY=cells measures the detailed cells alone (on a build that has no level lists yet).
      if (process.env.MATRIX_BENCH_ONLY && !name.includes(process.env.MATRIX_BENCH_ONLY)) continue;
      await floor(subgraph);
      const shape = await check(query);
      const floors: Measure[] = [];
      const runs: Measure[] = [];
      for (let index = 0; index < RUNS; index += 1) {
        floors.push(await measure(() => floor(subgraph)));
        runs.push(await measure(() => run(query)));
      }
      const wall = median(runs.map((each) => each.milliseconds));
      const wallFloor = median(floors.map((each) => each.milliseconds));
      const cpu = median(runs.map((each) => each.cpuMilliseconds));
      const cpuFloor = median(floors.map((each) => each.cpuMilliseconds));
      const times = runs.map((each) => each.milliseconds).sort((a, b) => a - b);
      console.log(
        `  ${name.padEnd(26)} wall median ${ms(wall)} (min ${ms(times[0]!)}, max ${ms(times.at(-1)!)}) against ` +
          `the floor's ${ms(wallFloor)}: ${(wall / wallFloor).toFixed(1)}×; CPU median ${ms(cpu)} against ` +
          `${ms(cpuFloor)}: ${(cpu / cpuFloor).toFixed(1)}×; ${shape.statements} SQL statements, ` +
          `${(shape.bytes / 1024).toFixed(0)} KiB of JSON`,
      );
    }
  } finally {
    await subgraph.stop();
  }
}

/** Assessment rows the bench writes: 30 per person plus a manager's on every third competency. */
function assessments(employees: number): number {
  return employees * (COMPETENCIES + Math.ceil(COMPETENCIES / 3));
}

await main();
