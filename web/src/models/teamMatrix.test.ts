import { describe, expect, it } from 'vitest';
import { toCsv } from '../composables/useCsvExport';
import { arrangeRows, belowStandardIn, latestEvidence, matrixCsvColumns, type TeamMatrix } from './teamMatrix';

const matrix: TeamMatrix = {
  unitName: 'Dinas Kominfo',
  columns: [
    {
      competencyId: '1',
      code: 'INT',
      name: 'Integritas',
      employeesRequired: 2,
      belowStandard: 1,
      meanGap: -0.5,
      worstGap: -1,
    },
    {
      competencyId: '11',
      code: 'DATA',
      name: 'Pengelolaan Data',
      employeesRequired: 1,
      belowStandard: 0,
      meanGap: 0,
      worstGap: 0,
    },
  ],
  rows: [
    {
      employeeId: '7',
      name: 'Rina, S.Kom',
      nip: '199001012015032001',
      positionName: 'Pranata Komputer Ahli Pertama',
      jpm: 83.33,
      mappingCategory: 'CUKUP_OPTIMAL',
      talentBox: 5,
      cells: {
        '1': { currentLevel: 2, requiredLevel: 3, isStale: false, isAssessed: true },
        '11': { currentLevel: 3, requiredLevel: 3, isStale: true, isAssessed: true },
      },
    },
    {
      employeeId: '8',
      name: 'Dodi',
      nip: '198502022010011002',
      positionName: null,
      jpm: null,
      mappingCategory: null,
      talentBox: null,
      cells: { '1': { currentLevel: 0, requiredLevel: 3, isStale: false, isAssessed: false } },
    },
  ],
  shares: [],
  severities: new Map(),
};

describe('matrixCsvColumns', () => {
  it('writes levels as words, unassessed as such, the NIP grouped, and leaves cells empty where not required', () => {
    const columns = matrixCsvColumns(matrix, {
      name: 'Nama',
      nip: 'NIP',
      position: 'Jabatan',
      jpm: 'JPM',
      categoryHeader: 'Kategori',
      category: (category) =>
        ({ OPTIMAL: 'Optimal', CUKUP_OPTIMAL: 'Cukup Optimal', KURANG_OPTIMAL: 'Kurang Optimal' })[category],
      talentBox: 'Kotak talenta',
      cell: (current, required) => `${current} dari ${required}`,
      notAssessed: (required) => `belum dinilai (standar ${required})`,
    });
    expect(toCsv(columns, matrix.rows).split('\r\n')).toEqual([
      'Nama,NIP,Jabatan,JPM,Kategori,Kotak talenta,INT Integritas,DATA Pengelolaan Data',
      '"Rina, S.Kom",19900101 201503 2 001,Pranata Komputer Ahli Pertama,83.33,Cukup Optimal,5,2 dari 3,3 dari 3',
      'Dodi,19850202 201001 1 002,,,,,belum dinilai (standar 3),',
      '',
    ]);
  });
});

describe('arrangeRows', () => {
  const base = { search: '', belowOnly: false, sort: 'name' as const, competencyId: null };
  const names = (rows: { name: string }[]) => rows.map((row) => row.name);

  it('keeps the API order by default and finds by name, ignoring case', () => {
    expect(names(arrangeRows(matrix.rows, base))).toEqual(['Rina, S.Kom', 'Dodi']);
    expect(names(arrangeRows(matrix.rows, { ...base, search: 'dOD' }))).toEqual(['Dodi']);
  });

  it('keeps only people below the standard, and an unassessed cell is not below', () => {
    expect(names(arrangeRows(matrix.rows, { ...base, belowOnly: true }))).toEqual(['Rina, S.Kom']);
    expect(names(arrangeRows(matrix.rows, { ...base, belowOnly: true, competencyId: '11' }))).toEqual([]);
  });

  it('sorts by JPM lowest first and by the chosen column’s gap largest first, unknowns last', () => {
    const rows = [...matrix.rows].reverse();
    expect(names(arrangeRows(rows, { ...base, sort: 'jpm' }))).toEqual(['Rina, S.Kom', 'Dodi']);
    expect(names(arrangeRows(rows, { ...base, sort: 'gap', competencyId: '1' }))).toEqual(['Rina, S.Kom', 'Dodi']);
    expect(names(arrangeRows(rows, { ...base, sort: 'gap' }))).toEqual(['Dodi', 'Rina, S.Kom']);
  });
});

describe('the column panel and the evidence of a cell', () => {
  it('lists who is assessed below the standard, largest gap first, and counts the unassessed apart', () => {
    // Column 1: Rina 2 of 3 (gap −1), Dodi not assessed; a third person at 0 of 3 comes first.
    const worst = {
      ...matrix.rows[0]!,
      employeeId: '9',
      cells: { '1': { ...matrix.rows[0]!.cells['1']!, currentLevel: 0 } },
    };
    const { below, unassessed } = belowStandardIn([...matrix.rows, worst], '1');
    expect(below.map((line) => [line.row.employeeId, line.currentLevel, line.requiredLevel])).toEqual([
      ['9', 0, 3],
      ['7', 2, 3],
    ]);
    expect(unassessed).toBe(1);
    expect(belowStandardIn(matrix.rows, '11')).toEqual({ below: [], unassessed: 0 });
  });

  it('keeps the latest evidence per competency known on the date shown', () => {
    const evidence = [
      { competencyId: '1', level: 2, date: '2026-03-01' },
      { competencyId: '1', level: 3, date: '2026-05-01' },
      { competencyId: '11', level: 1, date: '2026-05-01' },
      { competencyId: '11', level: 2, date: '2026-05-01' },
    ];
    expect([...latestEvidence(evidence, null)]).toEqual([
      ['1', { level: 3, date: '2026-05-01' }],
      ['11', { level: 2, date: '2026-05-01' }],
    ]);
    expect([...latestEvidence(evidence, '2026-04-01')]).toEqual([['1', { level: 2, date: '2026-03-01' }]]);
  });
});
