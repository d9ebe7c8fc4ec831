// Reads the assessment centre's CSV export (NIP, competency code, level, date), reporting every bad row by its
// line number; checks that need the database (does the NIP or code exist) are the import service's.
import { isCalendarDate, readCsvTable, type CsvUnreadableReason } from '@asn/common';
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

const HEADERS: Record<Exclude<CsvProblem['field'], 'row'>, string[]> = {
  nip: ['nip'],
  competencyCode: ['competency_code', 'competencycode', 'kode_kompetensi', 'kode', 'competency', 'kompetensi'],
  level: ['level'],
  date: ['date', 'tanggal', 'assessed_on', 'tanggal_asesmen'],
};

export type CsvParseResult =
  { ok: true; rows: CsvAssessmentRow[]; problems: CsvProblem[] } | { ok: false; reason: CsvUnreadableReason };

export function parseAssessmentCsv(text: string, today: string): CsvParseResult {
  const table = readCsvTable(text, HEADERS, MAX_CSV_ROWS);
  if (!table.ok) return table;
  const rows: CsvAssessmentRow[] = [];
  const problems = table.problems as CsvProblem[];
  for (const { line, cells } of table.records) {
    const nip = normalizeNip(cells.nip);
    const competencyCode = cells.competencyCode.toUpperCase();
    const levelText = cells.level;
    const assessedOn = cells.date;
    const before = problems.length;
    if (!/^[0-9]{18}$/.test(nip)) problems.push({ line, field: 'nip', reason: 'NIP_FORMAT' });
    if (competencyCode === '') problems.push({ line, field: 'competencyCode', reason: 'COMPETENCY_NOT_FOUND' });
    if (!/^[1-5]$/.test(levelText)) problems.push({ line, field: 'level', reason: 'LEVEL_OUT_OF_RANGE' });
    if (!isCalendarDate(assessedOn)) problems.push({ line, field: 'date', reason: 'CSV_DATE' });
    else if (assessedOn > today) problems.push({ line, field: 'date', reason: 'DATE_IN_FUTURE' });
    if (problems.length === before) rows.push({ line, nip, competencyCode, level: Number(levelText), assessedOn });
  }
  // In line order, as the file reads (a stable sort keeps a line's problems in the order checked).
  return { ok: true, rows, problems: problems.sort((a, b) => a.line - b.line) };
}
