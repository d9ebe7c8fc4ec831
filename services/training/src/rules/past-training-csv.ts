// Reads one employee's SIASN riwayat diklat/kursus export (the columns of siasn-kursus-columns.ts, which our export
// writes too), reporting every bad row by line; the import writes nothing unless every row is good.
import { isCalendarDate, readCsvTable, type CsvProblem, type CsvUnreadableReason } from '@asn/common';
import { TrainingCategory } from '../types/training-category.enum.js';
import { TrainingForm } from '../types/training-form.enum.js';
import { categoryOfLabel, SIASN_KURSUS_HEADERS, SIASN_KURSUS_OPTIONAL } from './siasn-kursus-columns.js';

export const MAX_PAST_TRAINING_ROWS = 500;
export const MAX_PAST_TRAINING_JP = 2000;

export interface PastTrainingRow {
  line: number;
  title: string;
  category: TrainingCategory;
  form: TrainingForm;
  jp: number;
  startDate: string;
  endDate: string;
  providerName: string | null;
  certificateNumber: string | null;
}

/** SIASN's jenis kursus/diklat words, as an administrator types them, to our categories (PermenLAN 10/2018). */
const KIND_WORDS: [RegExp, TrainingCategory][] = [
  [/latsar|latihan dasar|prajabatan/, TrainingCategory.LATSAR],
  [/pim|pkn|pka|pkp|struktural|kepemimpinan/, TrainingCategory.LEADERSHIP],
  [/fungsional/, TrainingCategory.FUNCTIONAL],
  [/bimtek|bimbingan teknis|sosialisasi/, TrainingCategory.TECHNICAL_GUIDANCE],
  [/teknis/, TrainingCategory.TECHNICAL],
  [/seminar|konferensi/, TrainingCategory.SEMINAR],
  [/workshop|lokakarya/, TrainingCategory.WORKSHOP],
  [/magang/, TrainingCategory.INTERNSHIP],
  [/e-?learning|daring/, TrainingCategory.E_LEARNING],
  [/kursus|penataran|course/, TrainingCategory.COURSE],
];

const NON_CLASSICAL = new Set<TrainingCategory>([
  TrainingCategory.COACHING,
  TrainingCategory.MENTORING,
  TrainingCategory.E_LEARNING,
  TrainingCategory.INTERNSHIP,
  TrainingCategory.SECONDMENT,
  TrainingCategory.BENCHMARKING,
  TrainingCategory.LEARNING_COMMUNITY,
]);

/** The form a category belongs to (PP 17/2020: education, classical or non-classical training). */
export function formOf(category: TrainingCategory): TrainingForm {
  if (category === TrainingCategory.DEGREE) return TrainingForm.EDUCATION;
  return NON_CLASSICAL.has(category) ? TrainingForm.NON_CLASSICAL : TrainingForm.CLASSICAL;
}

export function categoryOf(kind: string): TrainingCategory | null {
  const upper = kind.trim().toUpperCase();
  if (upper in TrainingCategory) return upper as TrainingCategory;
  const labelled = categoryOfLabel(kind);
  if (labelled) return labelled;
  const lower = kind.trim().toLowerCase();
  return KIND_WORDS.find(([pattern]) => pattern.test(lower))?.[1] ?? null;
}

/** SIASN writes DD-MM-YYYY; a spreadsheet may give YYYY-MM-DD. Null when it is neither or not a real date. */
export function readDate(text: string): string | null {
  const dmy = /^(\d{2})[-/](\d{2})[-/](\d{4})$/.exec(text.trim());
  const iso = dmy ? `${dmy[3]}-${dmy[2]}-${dmy[1]}` : text.trim();
  return isCalendarDate(iso) ? iso : null;
}

export type PastTrainingCsv =
  { ok: true; rows: PastTrainingRow[]; problems: CsvProblem[] } | { ok: false; reason: CsvUnreadableReason };

export function parsePastTrainingCsv(text: string, today: string): PastTrainingCsv {
  const table = readCsvTable(text, SIASN_KURSUS_HEADERS, MAX_PAST_TRAINING_ROWS, SIASN_KURSUS_OPTIONAL);
  if (!table.ok) return table;
  const problems = [...table.problems];
  const rows: PastTrainingRow[] = [];
  for (const { line, cells } of table.records) {
    const before = problems.length;
    const problem = (field: string, reason: string) => problems.push({ line, field, reason });
    const category = categoryOf(cells.jenisKursus);
    const jp = Number(cells.jumlahJam);
    const startDate = readDate(cells.tanggalKursus);
    // Without an end date SIASN still has the start; a one-day activity is the reading that overstates nothing.
    const endDate = cells.tanggalSelesaiKursus === '' ? startDate : readDate(cells.tanggalSelesaiKursus);
    if (cells.namaKursus === '' || cells.namaKursus.length > 200) problem('namaKursus', 'TEXT_REQUIRED');
    if (!category) problem('jenisKursus', 'CATEGORY_UNKNOWN');
    if (!/^\d+$/.test(cells.jumlahJam) || jp < 1 || jp > MAX_PAST_TRAINING_JP)
      problem('jumlahJam', 'VALUE_OUT_OF_RANGE');
    if (!startDate) problem('tanggalKursus', 'CSV_DATE');
    if (!endDate) problem('tanggalSelesaiKursus', 'CSV_DATE');
    else if (startDate && endDate < startDate) problem('tanggalSelesaiKursus', 'DATES_INVALID');
    else if (endDate > today) problem('tanggalSelesaiKursus', 'DATE_IN_FUTURE');
    if (
      endDate &&
      cells.tahunKursus !== '' &&
      cells.tahunKursus !== endDate.slice(0, 4) &&
      cells.tahunKursus !== startDate?.slice(0, 4)
    ) {
      problem('tahunKursus', 'YEAR_MISMATCH');
    }
    if (cells.institusiPenyelenggara.length > 200) problem('institusiPenyelenggara', 'TEXT_TOO_LONG');
    if (cells.nomorSertipikat.length > 100) problem('nomorSertipikat', 'TEXT_TOO_LONG');
    if (problems.length > before) continue;
    rows.push({
      line,
      title: cells.namaKursus,
      category: category!,
      form: formOf(category!),
      jp,
      startDate: startDate!,
      endDate: endDate!,
      providerName: cells.institusiPenyelenggara || null,
      certificateNumber: cells.nomorSertipikat || null,
    });
  }
  return { ok: true, rows, problems: problems.sort((a, b) => a.line - b.line) };
}
