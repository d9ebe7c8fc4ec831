// Reads the assessment centre's CSV export (NIP, competency code, level, date), reporting every bad row by its
// line number; checks that need the database (does the NIP or code exist) are the import service's.
import { isCalendarDate } from '@asn/common';
import { normalizeNip } from './nip.js';

export interface CsvAssessmentRow {
  line: number;
  nip: string;
  competencyCode: string;
  level: number;
  assessedOn: string;
}

export interface CsvProblem {
  line: number;
  field: 'nip' | 'competencyCode' | 'level' | 'date' | 'row';
  reason: string;
}

export const MAX_CSV_ROWS = 5000;
/** 5,000 rows of an assessment centre's export are about 200 KB; twice that is surely not an export. */
export const MAX_CSV_CHARACTERS = 400_000;
/** The bad rows an error lists one by one; the rest are counted, so the answer stays small whatever the file. */
export const MAX_LISTED_PROBLEMS = 20;

const HEADERS: Record<Exclude<CsvProblem['field'], 'row'>, string[]> = {
  nip: ['nip'],
  competencyCode: ['competency_code', 'competencycode', 'kode_kompetensi', 'kode', 'competency', 'kompetensi'],
  level: ['level'],
  date: ['date', 'tanggal', 'assessed_on', 'tanggal_asesmen'],
};

/** Splits one line on the delimiter, honouring double-quoted fields ("" is a quote inside one). */
function splitLine(line: string, delimiter: string): string[] {
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

export type CsvParseResult =
  | { ok: true; rows: CsvAssessmentRow[]; problems: CsvProblem[] }
  | { ok: false; reason: 'CSV_EMPTY' | 'CSV_HEADER' | 'CSV_TOO_MANY_ROWS' | 'CSV_TOO_LARGE' };

export function parseAssessmentCsv(text: string, today: string): CsvParseResult {
  if (text.length > MAX_CSV_CHARACTERS) return { ok: false, reason: 'CSV_TOO_LARGE' };
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  const headerIndex = lines.findIndex((line) => line.trim() !== '');
  if (headerIndex < 0) return { ok: false, reason: 'CSV_EMPTY' };
  const headerLine = lines[headerIndex]!;
  // Indonesian spreadsheets export with semicolons; the export may use either.
  const delimiter = headerLine.includes(';') && !headerLine.includes(',') ? ';' : ',';
  const header = splitLine(headerLine, delimiter).map((name) => name.toLowerCase().replace(/\s+/g, '_'));
  const column = Object.fromEntries(
    Object.entries(HEADERS).map(([field, names]) => [field, header.findIndex((name) => names.includes(name))]),
  ) as Record<keyof typeof HEADERS, number>;
  if (Object.values(column).some((index) => index < 0)) return { ok: false, reason: 'CSV_HEADER' };
  // Every data line counts, good or bad, before any is read.
  const dataLines = lines.slice(headerIndex + 1).filter((line) => line.trim() !== '').length;
  if (dataLines > MAX_CSV_ROWS) return { ok: false, reason: 'CSV_TOO_MANY_ROWS' };

  const rows: CsvAssessmentRow[] = [];
  const problems: CsvProblem[] = [];
  for (let index = headerIndex + 1; index < lines.length; index += 1) {
    const raw = lines[index]!;
    if (raw.trim() === '') continue;
    const line = index + 1;
    const cells = splitLine(raw, delimiter);
    if (cells.length !== header.length) {
      problems.push({ line, field: 'row', reason: 'CSV_COLUMNS' });
      continue;
    }
    const nip = normalizeNip(cells[column.nip]!);
    const competencyCode = cells[column.competencyCode]!.toUpperCase();
    const levelText = cells[column.level]!;
    const assessedOn = cells[column.date]!;
    const before = problems.length;
    if (!/^[0-9]{18}$/.test(nip)) problems.push({ line, field: 'nip', reason: 'NIP_FORMAT' });
    if (competencyCode === '') problems.push({ line, field: 'competencyCode', reason: 'COMPETENCY_NOT_FOUND' });
    if (!/^[1-5]$/.test(levelText)) problems.push({ line, field: 'level', reason: 'LEVEL_OUT_OF_RANGE' });
    if (!isCalendarDate(assessedOn)) problems.push({ line, field: 'date', reason: 'CSV_DATE' });
    else if (assessedOn > today) problems.push({ line, field: 'date', reason: 'DATE_IN_FUTURE' });
    if (problems.length === before) rows.push({ line, nip, competencyCode, level: Number(levelText), assessedOn });
  }
  if (rows.length + problems.length === 0) return { ok: false, reason: 'CSV_EMPTY' };
  return { ok: true, rows, problems };
}

/** What an error shows of the bad rows: the first few one by one, and how many there are in all. */
export function summariseProblems(problems: CsvProblem[]) {
  const sorted = [...problems].sort((a, b) => a.line - b.line);
  const listed = sorted.slice(0, MAX_LISTED_PROBLEMS);
  return {
    /** Bad lines in all. */
    count: new Set(sorted.map((problem) => problem.line)).size,
    /** Problems in all (a line may have several). */
    problems: sorted.length,
    listed,
    truncated: listed.length < sorted.length,
  };
}
