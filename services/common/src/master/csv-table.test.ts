import { describe, expect, it } from 'vitest';
import { csvRowsInvalid, readCsvTable } from './csv-table.js';

const HEADERS = { name: ['nama', 'name'], hours: ['jumlahJam'], note: ['catatan'] };

describe('readCsvTable', () => {
  it('names cells by the header spellings, either delimiter, quotes honoured, an optional column absent', () => {
    const table = readCsvTable('\uFEFFNama;Jumlah Jam\n"Kursus ""A""";8\n\nKursus B;4\n', HEADERS, 10, ['note']);
    expect(table).toEqual({
      ok: true,
      problems: [],
      records: [
        { line: 2, cells: { name: 'Kursus "A"', hours: '8', note: '' } },
        { line: 4, cells: { name: 'Kursus B', hours: '4', note: '' } },
      ],
    });
  });

  it('reports a row with the wrong number of cells by its line, and refuses a missing column or too many rows', () => {
    const table = readCsvTable('name,jumlahJam,catatan\nA,1\n', HEADERS, 10);
    expect(table).toEqual({ ok: true, records: [], problems: [{ line: 2, field: 'row', reason: 'CSV_COLUMNS' }] });
    expect(readCsvTable('name\nA\n', HEADERS, 10)).toEqual({ ok: false, reason: 'CSV_HEADER' });
    expect(readCsvTable('name,jumlahJam,catatan\nA,1,x\nB,2,y\n', HEADERS, 1)).toEqual({
      ok: false,
      reason: 'CSV_TOO_MANY_ROWS',
    });
    expect(readCsvTable(' \n', HEADERS, 1)).toEqual({ ok: false, reason: 'CSV_EMPTY' });
  });

  it('refuses a whole import with every bad row in line order', () => {
    const error = csvRowsInvalid('input.csv', [
      { line: 5, field: 'jumlahJam', reason: 'VALUE_OUT_OF_RANGE' },
      { line: 2, field: 'row', reason: 'CSV_COLUMNS' },
    ]);
    expect(error.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.csv',
      reason: 'CSV_ROWS_INVALID',
      rows: [
        { line: 2, field: 'row', reason: 'CSV_COLUMNS' },
        { line: 5, field: 'jumlahJam', reason: 'VALUE_OUT_OF_RANGE' },
      ],
    });
  });
});
