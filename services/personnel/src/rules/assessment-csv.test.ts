import { describe, expect, it } from 'vitest';
import { parseAssessmentCsv } from './assessment-csv.js';

const TODAY = '2026-11-25';

describe('parseAssessmentCsv', () => {
  it('reads the export with its header, in any column order, and skips blank lines', () => {
    const result = parseAssessmentCsv(
      'level,nip,competency_code,date\n3,19660801 198803 1 001,int,2026-03-01\n\n4,198501152010012001,KS,2026-03-02\n',
      TODAY,
    );
    expect(result).toEqual({
      ok: true,
      problems: [],
      rows: [
        { line: 2, nip: '196608011988031001', competencyCode: 'INT', level: 3, assessedOn: '2026-03-01' },
        { line: 4, nip: '198501152010012001', competencyCode: 'KS', level: 4, assessedOn: '2026-03-02' },
      ],
    });
  });

  it('reads a semicolon export with Indonesian headers and quoted cells', () => {
    const result = parseAssessmentCsv(
      'NIP;Kode Kompetensi;Level;Tanggal\n"196608011988031001";"PK";5;2025-12-31',
      TODAY,
    );
    expect(result.ok && result.rows[0]).toMatchObject({ competencyCode: 'PK', level: 5 });
  });

  it('reports every bad row by line number and field', () => {
    const result = parseAssessmentCsv(
      [
        'nip,competency_code,level,date',
        '196608011988031001,INT,3,2026-01-01',
        '12345,INT,3,2026-01-01',
        '196608011988031001,INT,6,2026-01-01',
        '196608011988031001,INT,0,2026-02-30',
        '196608011988031001,INT,3,2027-01-01',
        '196608011988031001,INT,3',
      ].join('\n'),
      TODAY,
    );
    expect(result.ok && result.problems).toEqual([
      { line: 3, field: 'nip', reason: 'NIP_FORMAT' },
      { line: 4, field: 'level', reason: 'LEVEL_OUT_OF_RANGE' },
      { line: 5, field: 'level', reason: 'LEVEL_OUT_OF_RANGE' },
      { line: 5, field: 'date', reason: 'CSV_DATE' },
      { line: 6, field: 'date', reason: 'DATE_IN_FUTURE' },
      { line: 7, field: 'row', reason: 'CSV_COLUMNS' },
    ]);
    expect(result.ok && result.rows.map((row) => row.line)).toEqual([2]);
  });

  it('refuses a file without the expected header or without data', () => {
    expect(parseAssessmentCsv('name,score\nA,1', TODAY)).toEqual({ ok: false, reason: 'CSV_HEADER' });
    expect(parseAssessmentCsv('nip,competency_code,level,date\n', TODAY)).toEqual({ ok: false, reason: 'CSV_EMPTY' });
    expect(parseAssessmentCsv('  \n', TODAY)).toEqual({ ok: false, reason: 'CSV_EMPTY' });
  });
});
