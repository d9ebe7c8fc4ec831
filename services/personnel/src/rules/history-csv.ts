// Reads a CSV of history entries (ratings, ranks, posts or education, one kind per file) into the inputs the
// one-at-a-time mutations take, reporting every row whose cells are malformed by its line; what the cells mean for
// the employee (a year after their appointment, a rank of their kind, a post of their agency) is checked when the
// entry is recorded.
import { isCalendarDate, readCsvTable, type CsvProblem, type CsvUnreadableReason } from '@asn/common';
import { EDUCATION_LEVELS, type EducationLevel } from './education.js';
import { parseGolongan, type GolonganCode } from './golongan.js';
import { normalizeNip } from './nip.js';
import type { PerformancePredikat } from './talent-box.js';

export const HISTORY_KINDS = ['RATING', 'RANK', 'POSITION', 'EDUCATION'] as const;
export type HistoryKind = (typeof HISTORY_KINDS)[number];

export const MAX_HISTORY_ROWS = 5000;

/** Each kind's columns with the header spellings accepted (SIASN-style Indonesian names and English ones). */
const HEADERS = {
  RATING: {
    nip: ['nip'],
    year: ['tahun', 'year'],
    predikat: ['predikat', 'predikat_kinerja'],
    ratedBy: ['penilai', 'pejabat_penilai', 'rated_by'],
  },
  RANK: {
    nip: ['nip'],
    rank: ['golongan', 'golongan_ruang', 'grade', 'rank'],
    tmt: ['tmt', 'tmt_golongan'],
    decreeNumber: ['nomor_sk', 'no_sk', 'decree_number'],
  },
  POSITION: {
    nip: ['nip'],
    positionId: ['id_jabatan', 'position_id'],
    unitId: ['id_unit', 'unit_id'],
    fromDate: ['tmt_jabatan', 'dari', 'from_date'],
    toDate: ['sampai', 'to_date'],
  },
  EDUCATION: {
    nip: ['nip'],
    level: ['jenjang', 'tingkat_pendidikan', 'level'],
    field: ['jurusan', 'field'],
    institution: ['nama_sekolah', 'institusi', 'institution'],
    year: ['tahun_lulus', 'year'],
  },
} as const;

/** What a row holds, as the record mutations take it (their employeeId comes from the NIP). */
export type HistoryRowInput =
  | { kind: 'RATING'; year: number; predikat: PerformancePredikat; ratedBy: string }
  | { kind: 'RANK'; golongan: GolonganCode | null; pppkGrade: number | null; tmt: string; decreeNumber: string }
  | { kind: 'POSITION'; positionId: string; unitId: string | null; fromDate: string; toDate: string | null }
  | { kind: 'EDUCATION'; level: EducationLevel; field: string; institution: string; year: number };

export interface HistoryCsvRow {
  line: number;
  nip: string;
  input: HistoryRowInput;
}

export type HistoryCsvResult =
  { ok: true; rows: HistoryCsvRow[]; problems: CsvProblem[] } | { ok: false; reason: CsvUnreadableReason };

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV', 'XVI'];
const PREDIKATS: PerformancePredikat[] = ['SANGAT_BAIK', 'BAIK', 'BUTUH_PERBAIKAN', 'KURANG', 'SANGAT_KURANG'];

const year = (text: string) => (/^[0-9]{4}$/.test(text) ? Number(text) : null);
/** "Sangat Baik", "sangat_baik" and "SANGAT BAIK" are the same predikat. */
const predikat = (text: string) => PREDIKATS.find((code) => code === text.trim().toUpperCase().replace(/\s+/g, '_'));
/** A PPPK grade as a number 1-17 or in Roman numerals (XVII). */
function grade(text: string): number | null {
  const value = text.trim().toUpperCase();
  if (/^[0-9]{1,2}$/.test(value)) return Number(value);
  const roman = [...ROMAN, 'XVII'].indexOf(value);
  return roman < 0 ? null : roman + 1;
}

function cellsToInput(
  kind: HistoryKind,
  cells: Record<string, string>,
  problem: (field: string, reason: string) => void,
) {
  switch (kind) {
    case 'RATING': {
      const parsed = { year: year(cells.year!), predikat: predikat(cells.predikat!) };
      if (parsed.year === null) problem('year', 'CSV_YEAR');
      if (!parsed.predikat) problem('predikat', 'CSV_PREDIKAT');
      return { kind, year: parsed.year!, predikat: parsed.predikat!, ratedBy: cells.ratedBy! };
    }
    case 'RANK': {
      // A golongan (III/a, III_A) for a PNS, a grade for a PPPK: which one the employee takes is checked on record.
      const golongan = parseGolongan(cells.rank!) ?? null;
      const pppkGrade = golongan ? null : grade(cells.rank!);
      if (!golongan && pppkGrade === null) problem('rank', 'CSV_RANK');
      if (!isCalendarDate(cells.tmt!)) problem('tmt', 'CSV_DATE');
      return { kind, golongan, pppkGrade, tmt: cells.tmt!, decreeNumber: cells.decreeNumber! };
    }
    case 'POSITION': {
      if (!/^[0-9]+$/.test(cells.positionId!)) problem('positionId', 'ID_INVALID');
      if (cells.unitId && !/^[0-9]+$/.test(cells.unitId)) problem('unitId', 'ID_INVALID');
      if (!isCalendarDate(cells.fromDate!)) problem('fromDate', 'CSV_DATE');
      if (cells.toDate && !isCalendarDate(cells.toDate)) problem('toDate', 'CSV_DATE');
      return {
        kind,
        positionId: cells.positionId!,
        unitId: cells.unitId || null,
        fromDate: cells.fromDate!,
        toDate: cells.toDate || null,
      };
    }
    case 'EDUCATION': {
      const level = EDUCATION_LEVELS.find((code) => code === cells.level!.trim().toUpperCase().split('/')[0]);
      if (!level) problem('level', 'CSV_EDUCATION');
      const graduated = year(cells.year!);
      if (graduated === null) problem('year', 'CSV_YEAR');
      return { kind, level: level!, field: cells.field!, institution: cells.institution!, year: graduated! };
    }
  }
}

export function parseHistoryCsv(kind: HistoryKind, text: string): HistoryCsvResult {
  const optional = kind === 'POSITION' ? (['unitId', 'toDate'] as const) : [];
  const table = readCsvTable<string>(
    text,
    HEADERS[kind] as Record<string, readonly string[]> as Record<string, string[]>,
    MAX_HISTORY_ROWS,
    optional,
  );
  if (!table.ok) return table;
  const rows: HistoryCsvRow[] = [];
  const problems = [...table.problems];
  for (const { line, cells } of table.records) {
    const before = problems.length;
    const nip = normalizeNip(cells.nip!);
    if (!/^[0-9]{18}$/.test(nip)) problems.push({ line, field: 'nip', reason: 'NIP_FORMAT' });
    const input = cellsToInput(kind, cells, (field, reason) => problems.push({ line, field, reason }));
    if (problems.length === before) rows.push({ line, nip, input: input as HistoryRowInput });
  }
  return { ok: true, rows, problems };
}
