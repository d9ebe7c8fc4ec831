// Reads a CSV export into named cells, line by line, for the all-or-nothing imports (assessments, past trainings):
// the header is matched against the names each column may carry, every bad row is reported by its line number, and
// the caller checks the cells' meaning. Kept free of any domain so each subgraph keeps its own rules.
import { badInput } from '../errors.js';

export interface CsvRecord<F extends string> {
  /** 1-based line in the file, as a spreadsheet shows it. */
  line: number;
  cells: Record<F, string>;
}

export interface CsvProblem {
  line: number;
  field: string;
  reason: string;
}

export type CsvTable<F extends string> =
  { ok: true; records: CsvRecord<F>[]; problems: CsvProblem[] } | { ok: false; reason: CsvUnreadableReason };

export type CsvUnreadableReason = 'CSV_EMPTY' | 'CSV_HEADER' | 'CSV_TOO_MANY_ROWS' | 'CSV_TOO_LARGE';

/** 5,000 rows of an export are about 200 KB; twice that is surely not an export, and is refused unread. */
export const MAX_CSV_CHARACTERS = 400_000;
/** The bad rows a refusal lists one by one; the rest are counted, so the answer stays small whatever the file. */
export const MAX_LISTED_PROBLEMS = 20;

/** Splits one line on the delimiter, honouring double-quoted fields ("" is a quote inside one). */
export function splitCsvLine(line: string, delimiter: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let index = 0; index < line.length; index += 1) {
    const char = line.charAt(index);
    if (quoted) {
      if (char === '"' && line.charAt(index + 1) === '"') {
        cell += '"';
        index += 1;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === delimiter) {
      cells.push(cell.trim());
      cell = '';
    } else cell += char;
  }
  cells.push(cell.trim());
  return cells;
}

/** A header name as compared: lower case, without spaces, dashes or underscores (jumlahJam = Jumlah Jam). */
const headerKey = (name: string) =>
  name
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, '');

/**
 * Reads the table. `headers` names, per field, the header spellings it accepts; fields listed in `optional` may be
 * absent (their cells then read as ''). More than `maxRows` data rows is refused before anything is checked.
 */
export function readCsvTable<F extends string>(
  text: string,
  headers: Record<F, string[]>,
  maxRows: number,
  optional: readonly NoInfer<F>[] = [],
): CsvTable<F> {
  if (text.length > MAX_CSV_CHARACTERS) return { ok: false, reason: 'CSV_TOO_LARGE' };
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  const headerIndex = lines.findIndex((line) => line.trim() !== '');
  if (headerIndex < 0) return { ok: false, reason: 'CSV_EMPTY' };
  const headerLine = lines[headerIndex]!;
  // Indonesian spreadsheets export with semicolons; the export may use either.
  const delimiter = headerLine.includes(';') && !headerLine.includes(',') ? ';' : ',';
  const header = splitCsvLine(headerLine, delimiter).map(headerKey);
  const fields = Object.keys(headers) as F[];
  const column = new Map(
    fields.map((field) => [field, header.findIndex((name) => headers[field].map(headerKey).includes(name))]),
  );
  if (fields.some((field) => column.get(field)! < 0 && !optional.includes(field))) {
    return { ok: false, reason: 'CSV_HEADER' };
  }
  const records: CsvRecord<F>[] = [];
  const problems: CsvProblem[] = [];
  for (let index = headerIndex + 1; index < lines.length; index += 1) {
    const raw = lines[index]!;
    if (raw.trim() === '') continue;
    const line = index + 1;
    const cells = splitCsvLine(raw, delimiter);
    if (cells.length !== header.length) {
      problems.push({ line, field: 'row', reason: 'CSV_COLUMNS' });
      continue;
    }
    const named = Object.fromEntries(fields.map((field) => [field, cells[column.get(field)!] ?? ''])) as Record<
      F,
      string
    >;
    records.push({ line, cells: named });
  }
  if (records.length + problems.length === 0) return { ok: false, reason: 'CSV_EMPTY' };
  if (records.length > maxRows) return { ok: false, reason: 'CSV_TOO_MANY_ROWS' };
  return { ok: true, records, problems };
}

/** The refusal of a whole import: the first bad rows by line, field and reason and how many there are, nothing
 *  written. */
export function csvRowsInvalid(field: string, problems: CsvProblem[]) {
  const sorted = [...problems].sort((a, b) => a.line - b.line);
  const listed = sorted.slice(0, MAX_LISTED_PROBLEMS);
  const truncated = listed.length < sorted.length;
  const shown = listed.map((problem) => `${problem.line} (${problem.field}: ${problem.reason})`).join(', ');
  const lines = truncated ? `${shown}, … (+${sorted.length - listed.length})` : shown;
  const count = new Set(sorted.map((problem) => problem.line)).size;
  return badInput(
    field,
    'CSV_ROWS_INVALID',
    {
      id: `${count} baris tidak valid, tidak ada data yang disimpan: ${lines}.`,
      en: `${count} rows are invalid, nothing was saved: ${lines}.`,
    },
    { rows: listed, problems: sorted.length, truncated },
  );
}

/** The refusal of a file that cannot be read as the table at all. */
export function csvUnreadable(field: string, reason: CsvUnreadableReason, maxRows: number) {
  const max = reason === 'CSV_TOO_LARGE' ? MAX_CSV_CHARACTERS : maxRows;
  const messages = {
    CSV_EMPTY: { id: 'Berkas CSV tidak berisi baris data.', en: 'The CSV file has no data rows.' },
    CSV_HEADER: { id: 'Baris judul CSV tidak lengkap.', en: 'The CSV header lacks a required column.' },
    CSV_TOO_MANY_ROWS: { id: `Maksimal ${max} baris per impor.`, en: `At most ${max} rows per import.` },
    CSV_TOO_LARGE: {
      id: `Berkas CSV maksimal ${max} karakter.`,
      en: `A CSV file may hold at most ${max} characters.`,
    },
  };
  return badInput(field, reason, messages[reason], { max });
}

const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Writes a table the way readCsvTable reads it: comma-separated, RFC 4180 quoting, CRLF line ends. A text cell that a
 * spreadsheet would run as a formula gets a leading apostrophe (CSV injection), as the web's exports do.
 */
export function writeCsvTable(header: readonly string[], rows: readonly (readonly (string | number | null)[])[]) {
  const cell = (value: string | number | null) => {
    if (value === null) return '';
    const text = typeof value === 'string' && FORMULA_START.test(value) ? `'${value}` : String(value);
    return /[",;\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return [header, ...rows].map((cells) => cells.map(cell).join(',')).join('\r\n') + '\r\n';
}
