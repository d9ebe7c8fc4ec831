import { describe, expect, it } from 'vitest';
import { toCsv } from '../composables/useCsvExport';
import { matrixCsvColumns, type TeamMatrix } from './teamMatrix';

const matrix: TeamMatrix = {
  unitName: 'Dinas Kominfo',
  columns: [
    { competencyId: '1', code: 'INT', name: 'Integritas', required: 2, belowStandard: 1, meanGap: -0.5, worstGap: -1 },
    {
      competencyId: '11',
      code: 'DATA',
      name: 'Pengelolaan Data',
      required: 1,
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
        '1': { current: 2, required: 3, isStale: false },
        '11': { current: 3, required: 3, isStale: true },
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
      cells: { '1': { current: 3, required: 3, isStale: false } },
    },
  ],
  shares: [],
};

describe('matrixCsvColumns', () => {
  it('writes current/required per competency and leaves cells empty where not required', () => {
    const columns = matrixCsvColumns(matrix, {
      name: 'Nama',
      nip: 'NIP',
      position: 'Jabatan',
      jpm: 'JPM',
      categoryHeader: 'Kategori',
      category: (category) =>
        ({ OPTIMAL: 'Optimal', CUKUP_OPTIMAL: 'Cukup Optimal', KURANG_OPTIMAL: 'Kurang Optimal' })[category],
      talentBox: 'Kotak talenta',
    });
    expect(toCsv(columns, matrix.rows).split('\r\n')).toEqual([
      'Nama,NIP,Jabatan,JPM,Kategori,Kotak talenta,INT Integritas,DATA Pengelolaan Data',
      '"Rina, S.Kom",199001012015032001,Pranata Komputer Ahli Pertama,83.33,Cukup Optimal,5,2/3,3/3',
      'Dodi,198502022010011002,,,,,3/3,',
      '',
    ]);
  });
});
