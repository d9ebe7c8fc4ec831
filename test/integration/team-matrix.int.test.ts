// The team competency matrix and the talent 9-box through the gateway, on SQLite and MySQL: a small unit written
// straight into personnel's database with known assessments (so every expectation is worked by hand below), and
// two units of 10 and 500 employees showing that SQL statements and subgraph fetches do not grow with the unit.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDataSource } from '@asn/common';
import { EMPLOYEE_COLUMNS } from '../bench/scale/generate.js';
import { graphql } from '../support/graphql-client.js';
import { signIn } from '../support/sign-in.js';
import { startTestStack, type TestStack } from '../support/start-stack.js';
import { DATABASES } from '../support/test-config.js';

const MATRIX = /* GraphQL */ `
  query Matrix($input: TeamMatrixInput!) {
    teamMatrix(input: $input) {
      unit {
        name
      }
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
          developingTrainings {
            id
          }
          certifyingSchemes {
            id
          }
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

/** The matrix as the web draws it: levels as lists and each person's dated training evidence beside them. */
const MATRIX_EVIDENCE = /* GraphQL */ `
  query MatrixEvidence($input: TeamMatrixInput!) {
    teamMatrix(input: $input) {
      rows {
        employee {
          id
          trainingEvidence {
            level
            date
            competency {
              id
            }
          }
        }
        requiredLevels
        currentLevels
      }
    }
  }
`;

const TALENT = /* GraphQL */ `
  query Talent($unitId: ID!) {
    talentGrid(unitId: $unitId) {
      employeeCount
      boxes {
        box
        kinerja
        potensial
        count
        employees {
          id
        }
      }
      unplaced {
        id
      }
    }
  }
`;

// Position 7 of Ambon, Pranata Komputer Ahli Pertama: the 9 managerial and socio-cultural competencies (ids 1-9)
// at level 1, DATA (11) 2, KAMINFO (15) 1, PAPL (21) 2: Σ required = 14. Agency 1 uses the BKN formula.
const AHLI_PERTAMA = 7;
const STANDARD_7: [number, number][] = [
  ...Array.from({ length: 9 }, (_, index) => [index + 1, 1] as [number, number]),
  [11, 2],
  [15, 1],
  [21, 2],
];

interface Person {
  id: number;
  name: string;
  positionId: number;
  predikat: string | null;
  potential: number | null;
  /** competency id, level, source, date. */
  assessments: [number, number, string, string][];
}

const centre = (levels: [number, number][], on = '2026-01-10') =>
  levels.map(
    ([competencyId, level]) => [competencyId, level, 'ASSESSMENT_CENTER', on] as [number, number, string, string],
  );

/** The hand-worked unit (id 1001): three Ahli Pertama. */
const SMALL: Person[] = [
  // Everything exactly at standard: Σ 14 / 14 → JPM 100.00 Optimal. Sangat Baik × 85 → box 9.
  {
    id: 20001,
    name: 'Uji Satu',
    positionId: AHLI_PERTAMA,
    predikat: 'SANGAT_BAIK',
    potential: 85,
    assessments: centre(STANDARD_7),
  },
  // Managerial 1 × 9, DATA: manager 1 outranks a later self-assessment 3, KAMINFO 1, PAPL never assessed:
  // Σ 9 + 1 + 1 + 0 = 11 / 14 = 78.571… → 78.57 Cukup Optimal. Baik × 70 → box 5.
  {
    id: 20002,
    name: 'Uji Dua',
    positionId: AHLI_PERTAMA,
    predikat: 'BAIK',
    potential: 70,
    assessments: [
      ...centre(STANDARD_7.filter(([id]) => id <= 9)),
      [11, 1, 'MANAGER', '2025-06-01'],
      [11, 3, 'SELF', '2026-02-01'],
      [15, 1, 'ASSESSMENT_CENTER', '2026-01-10'],
    ],
  },
  // Only Integritas assessed: 1 / 14 = 7.14 Kurang Optimal. No predikat: not placed in the 9-box.
  {
    id: 20003,
    name: 'Uji Tiga',
    positionId: AHLI_PERTAMA,
    predikat: null,
    potential: 60,
    assessments: centre([[1, 1]]),
  },
];

/** A unit of `size` employees over three positions, each assessed on their standard (for the SQL counts). */
function bulk(firstId: number, size: number): Person[] {
  return Array.from({ length: size }, (_, index) => ({
    id: firstId + index,
    name: `Pegawai Uji ${index + 1}`,
    positionId: [7, 8, 12][index % 3]!,
    predikat: ['SANGAT_BAIK', 'BAIK', 'KURANG'][index % 3]!,
    potential: (index * 7) % 100,
    assessments: centre(STANDARD_7.map(([id]) => [id, 1 + (index % 3)])),
  }));
}

/** A NIP of its own per fixture employee: birth dates 1977 by index, sequence 9xx (the demo's stay below). */
function nipOf(index: number): string {
  const month = String(1 + (Math.floor(index / 28) % 12)).padStart(2, '0');
  const day = String(1 + (index % 28)).padStart(2, '0');
  return `1977${month}${day}200001${2}${String(900 + Math.floor(index / 336)).padStart(3, '0')}`;
}

/** Writes units and their people straight into personnel's database, as an import would. */
async function addUnits(stack: TestStack, units: { id: number; name: string; people: Person[] }[]): Promise<void> {
  const dataSource = await openDataSource(
    { service: 'personnel', entities: [], migrations: [] },
    {
      DATABASE_URL: stack.databaseEnv.DATABASE_URL,
      DATABASE_PREFIX: stack.databaseEnv.DATABASE_PREFIX ?? '',
      DATA_DIR: stack.databaseEnv.DATA_DIR ?? '',
    },
  );
  const insert = async (table: string, columns: string[], rows: unknown[][]) => {
    for (let start = 0; start < rows.length; start += 500) {
      const chunk = rows.slice(start, start + 500);
      const tuple = `(${columns.map(() => '?').join(', ')})`;
      await dataSource.query(
        `INSERT INTO ${table} (${columns.join(', ')}) VALUES ${chunk.map(() => tuple).join(', ')}`,
        chunk.flat(),
      );
    }
  };
  try {
    await insert(
      'unit',
      ['id', 'agency_id', 'parent_id', 'name', 'path', 'head_employee_id'],
      units.map((unit) => [unit.id, 1, 1, unit.name, `/000001/${String(unit.id).padStart(6, '0')}/`, null]),
    );
    const people = units.flatMap((unit) => unit.people.map((person) => ({ unitId: unit.id, person })));
    await insert(
      'employee',
      EMPLOYEE_COLUMNS,
      people.map(({ unitId, person }, index) => [
        person.id,
        nipOf(index),
        person.name,
        'PNS',
        1,
        unitId,
        person.positionId,
        null,
        9,
        'S1',
        '2015-01-01',
        person.predikat,
        person.potential,
        1,
      ]),
    );
    await insert(
      'assessment',
      ['employee_id', 'competency_id', 'level', 'source', 'assessed_on', 'assessor', 'evidence'],
      people.flatMap(({ person }) =>
        person.assessments.map(([competencyId, level, source, on]) => [
          person.id,
          competencyId,
          level,
          source,
          on,
          'Fixture',
          null,
        ]),
      ),
    );
  } finally {
    await dataSource.destroy();
  }
}

type Row = {
  employee: { id: string; name: string };
  jpm: number;
  jpmCategory: string;
  talentBox: { box: number } | null;
  cells: {
    competencyId: string;
    requiredLevel: number;
    currentLevel: number;
    gap: number;
    source: string | null;
    assessedOn: string | null;
  }[];
};
type Column = {
  competencyId: string;
  employeesRequired: number;
  belowStandard: number;
  meanGap: number;
  worstGap: number;
  competency: { code: string; developingTrainings: unknown[] | null; certifyingSchemes: unknown[] | null };
};
type Matrix = { rows: Row[]; columns: Column[]; categoryShares: { category: string; count: number; share: number }[] };

describe.each(DATABASES)('the team matrix and talent grid through the gateway on %s', (database) => {
  let stack: TestStack;
  let admin: string;
  const matrix = async (input: Record<string, unknown>, token = admin) => {
    const result = await graphql<{ teamMatrix: Matrix }>(stack.gatewayUrl, MATRIX, { input }, { token });
    expect(result.errors).toBeUndefined();
    return result.data!.teamMatrix;
  };

  beforeAll(async () => {
    stack = await startTestStack({ database });
    await addUnits(stack, [
      { id: 1001, name: 'Tim Uji Matriks', people: SMALL },
      { id: 1002, name: 'Tim Uji Sepuluh', people: bulk(21001, 10) },
      { id: 1003, name: 'Tim Uji Lima Ratus', people: bulk(22001, 500) },
    ]);
    admin = await signIn(stack.gatewayUrl, 'admin.ambon');
  }, 120_000);
  afterAll(() => stack?.stop());

  it('gives each row its JPM for its own position, category and talent box, by name', async () => {
    const { rows } = await matrix({ unitId: '1001' });
    expect(rows.map((row) => [row.employee.name, row.jpm, row.jpmCategory, row.talentBox?.box ?? null])).toEqual([
      ['Uji Dua', 78.57, 'CUKUP_OPTIMAL', 5],
      ['Uji Satu', 100, 'OPTIMAL', 9],
      ['Uji Tiga', 7.14, 'KURANG_OPTIMAL', null],
    ]);
  });

  it('gives cells with the current level, its source and date, and the gap; 0 and no source when not assessed', async () => {
    const dua = (await matrix({ unitId: '1001' })).rows[0]!;
    expect(dua.cells).toHaveLength(12);
    expect(dua.cells.find((cell) => cell.competencyId === '11')).toEqual({
      competencyId: '11',
      requiredLevel: 2,
      currentLevel: 1,
      gap: -1,
      source: 'MANAGER',
      assessedOn: '2025-06-01',
    });
    expect(dua.cells.find((cell) => cell.competencyId === '21')).toMatchObject({
      currentLevel: 0,
      gap: -2,
      source: null,
    });
  });

  it('summarises each column and the unit’s category shares', async () => {
    const result = await matrix({ unitId: '1001' });
    const column = (id: string) => result.columns.find((each) => each.competencyId === id)!;
    // PAPL: gaps 0, −2, −2 → 2 below, mean −1.33, worst −2. DATA: 0, −1, −2. KAMINFO: 0, 0, −1. KS: 0, 0, −1.
    expect(column('21')).toMatchObject({ employeesRequired: 3, belowStandard: 2, meanGap: -1.33, worstGap: -2 });
    expect(column('11')).toMatchObject({ employeesRequired: 3, belowStandard: 2, meanGap: -1, worstGap: -2 });
    expect(column('15')).toMatchObject({ belowStandard: 1, meanGap: -0.33, worstGap: -1 });
    expect(column('2')).toMatchObject({ belowStandard: 1, meanGap: -0.33, worstGap: -1 });
    expect(column('1')).toMatchObject({ belowStandard: 0, meanGap: 0, worstGap: 0 });
    expect(result.columns.map((each) => Number(each.competencyId))).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 11, 15, 21]);
    expect(result.categoryShares).toEqual([
      { category: 'OPTIMAL', count: 1, share: 0.3333 },
      { category: 'CUKUP_OPTIMAL', count: 1, share: 0.3333 },
      { category: 'KURANG_OPTIMAL', count: 1, share: 0.3333 },
    ]);
  });

  it('reaches the trainings and schemes of each column in the same request', async () => {
    const { columns } = await matrix({ unitId: '1001' });
    expect(columns.every((column) => Array.isArray(column.competency.developingTrainings))).toBe(true);
    expect(columns.every((column) => Array.isArray(column.competency.certifyingSchemes))).toBe(true);
    expect(columns.some((column) => column.competency.developingTrainings!.length > 0)).toBe(true);
  });

  it('narrows columns by competency type and rows by position kind', async () => {
    const technical = await matrix({ unitId: '1001', competencyType: 'TECHNICAL' });
    expect(technical.columns.map((column) => column.competency.code)).toEqual(['DATA', 'KAMINFO', 'PAPL']);
    expect(technical.rows[1]!.jpm).toBe(100);
    const pengawas = await matrix({ unitId: '1001', positionKind: 'PENGAWAS' });
    expect(pengawas.rows).toEqual([]);
  });

  it('shows a demo unit with or without its sub-units to its head, and refuses an ASN', async () => {
    const head = await signIn(stack.gatewayUrl, 'kadis.kominfo.ambon');
    const withSubUnits = await matrix({ unitId: '4' }, head);
    const alone = await matrix({ unitId: '4', includeSubUnits: false }, head);
    expect(withSubUnits.rows.length).toBeGreaterThan(alone.rows.length);
    const asn = await signIn(stack.gatewayUrl, 'asn.ambon.1');
    const refused = await graphql(stack.gatewayUrl, MATRIX, { input: { unitId: '4' } }, { token: asn });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it("places the unit's people in the regulation's boxes with counts", async () => {
    const result = await graphql(stack.gatewayUrl, TALENT, { unitId: '1001' }, { token: admin });
    expect(result.errors).toBeUndefined();
    const grid = result.data!.talentGrid as {
      employeeCount: number;
      boxes: { box: number; kinerja: string; potensial: string; count: number; employees: { id: string }[] }[];
      unplaced: { id: string }[];
    };
    expect(grid.employeeCount).toBe(3);
    expect(grid.boxes.map((box) => box.box)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(grid.boxes[8]).toEqual({
      box: 9,
      kinerja: 'DI_ATAS',
      potensial: 'TINGGI',
      count: 1,
      employees: [{ id: '20001' }],
    });
    expect(grid.boxes[4]).toMatchObject({ box: 5, kinerja: 'SESUAI', potensial: 'MENENGAH', count: 1 });
    expect(grid.boxes.reduce((sum, box) => sum + box.count, 0)).toBe(2);
    expect(grid.unplaced).toEqual([{ id: '20003' }]);
  });

  it('takes the same SQL statements and subgraph fetches for 10 employees as for 500', async () => {
    const cost = async (unitId: string) => {
      const before = await stack.stats();
      const result = await matrix({ unitId });
      const talent = await graphql(stack.gatewayUrl, TALENT, { unitId }, { token: admin });
      expect(talent.errors).toBeUndefined();
      const after = await stack.stats();
      const delta = Object.fromEntries(
        Object.keys(after).map((name) => [
          name,
          {
            sqlStatements: after[name]!.sqlStatements - before[name]!.sqlStatements,
            graphqlRequests: after[name]!.graphqlRequests - before[name]!.graphqlRequests,
          },
        ]),
      );
      return { rows: result.rows.length, delta };
    };
    const ten = await cost('1002');
    const fiveHundred = await cost('1003');
    expect([ten.rows, fiveHundred.rows]).toEqual([10, 500]);
    console.info(`matrix + talent grid on ${database}: 10 employees`, ten.delta, '500 employees', fiveHundred.delta);
    expect(fiveHundred.delta).toEqual(ten.delta);
    // One matrix and one grid: personnel answers both roots; training and certification one fetch each.
    expect(ten.delta.training!.graphqlRequests).toBe(1);
    expect(ten.delta.certification!.graphqlRequests).toBe(1);
  });

  it("adds each person's training evidence for the same SQL statements for 10 employees as for 500", async () => {
    const cost = async (unitId: string) => {
      const before = await stack.stats();
      const result = await graphql(stack.gatewayUrl, MATRIX_EVIDENCE, { input: { unitId } }, { token: admin });
      expect(result.errors).toBeUndefined();
      const after = await stack.stats();
      const rows = (result.data as { teamMatrix: { rows: { employee: { trainingEvidence: unknown[] | null } }[] } })
        .teamMatrix.rows;
      expect(rows.every((row) => Array.isArray(row.employee.trainingEvidence))).toBe(true);
      return {
        rows: rows.length,
        training: after.training!.sqlStatements - before.training!.sqlStatements,
        requests: after.training!.graphqlRequests - before.training!.graphqlRequests,
      };
    };
    const ten = await cost('1002');
    const fiveHundred = await cost('1003');
    console.info(`matrix evidence on ${database}: 10 employees`, ten, '500 employees', fiveHundred);
    expect([ten.rows, fiveHundred.rows]).toEqual([10, 500]);
    expect(fiveHundred.training).toBe(ten.training);
    expect([ten.requests, fiveHundred.requests]).toEqual([1, 1]);
  });
});
