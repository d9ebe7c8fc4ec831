import { describe, expect, it } from 'vitest';
import { parseHistoryCsv } from './history-csv.js';

const NIP = '19990412 202403 2 901';

describe('parseHistoryCsv', () => {
  it('reads SIASN-style Indonesian headers in any order, with semicolons, and spells predikat as people do', () => {
    const parsed = parseHistoryCsv('RATING', `Penilai;Predikat;NIP;Tahun\nKabid;sangat baik;${NIP};2025\n`);
    expect(parsed).toEqual({
      ok: true,
      problems: [],
      rows: [
        {
          line: 2,
          nip: '199904122024032901',
          input: { kind: 'RATING', year: 2025, predikat: 'SANGAT_BAIK', ratedBy: 'Kabid' },
        },
      ],
    });
  });

  it('takes a golongan as III/a or III_A and a PPPK grade as IX or 9', () => {
    const parsed = parseHistoryCsv(
      'RANK',
      `nip,golongan,tmt,nomor_sk\n${NIP},III/a,2024-03-01,SK1\n${NIP},III_B,2025-03-01,SK2\n${NIP},IX,2024-03-01,SK3\n${NIP},9,2024-03-01,SK4\n${NIP},XVIII,2024-03-01,SK5\n`,
    );
    if (!parsed.ok) throw new Error('unreadable');
    expect(parsed.rows.map((row) => row.input)).toMatchObject([
      { golongan: 'III_A', pppkGrade: null },
      { golongan: 'III_B', pppkGrade: null },
      { golongan: null, pppkGrade: 9 },
      { golongan: null, pppkGrade: 9 },
    ]);
    expect(parsed.problems).toEqual([{ line: 6, field: 'rank', reason: 'CSV_RANK' }]);
  });

  it('leaves the optional unit and end date of a post empty, and reports malformed cells by line and column', () => {
    const parsed = parseHistoryCsv(
      'POSITION',
      `nip,id_jabatan,tmt_jabatan\n${NIP},7,2024-03-01\n${NIP},x,2024-02-30\n12345,7,2024-03-01\n`,
    );
    if (!parsed.ok) throw new Error('unreadable');
    expect(parsed.rows.map((row) => row.input)).toEqual([
      { kind: 'POSITION', positionId: '7', unitId: null, fromDate: '2024-03-01', toDate: null },
    ]);
    expect(parsed.problems).toEqual([
      { line: 3, field: 'positionId', reason: 'ID_INVALID' },
      { line: 3, field: 'fromDate', reason: 'CSV_DATE' },
      { line: 4, field: 'nip', reason: 'NIP_FORMAT' },
    ]);
  });

  it('refuses a file without the columns of its kind', () => {
    expect(parseHistoryCsv('EDUCATION', `nip,tahun,predikat\n${NIP},2025,Baik\n`)).toEqual({
      ok: false,
      reason: 'CSV_HEADER',
    });
  });
});
