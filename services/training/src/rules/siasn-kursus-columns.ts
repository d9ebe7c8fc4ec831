// SIASN's riwayat diklat/kursus columns, written once for both directions: the import (past-training-csv.ts) reads
// a file by these headers, the export (siasn-kursus-csv.ts) writes them, so what is exported imports back unchanged.
// Field names are those of SIASN's riwayat kursus record as its web service takes it (the payload in the README of
// github.com/black-coffee04/ws-siasn-php at 9cb35485, "Contoh Penggunaan Api Kursus"); docs/siasn.md maps each one.
import { TrainingCategory } from '../types/training-category.enum.js';

export type SiasnKursusField =
  | 'nipBaru'
  | 'namaKursus'
  | 'jenisKursus'
  | 'jumlahJam'
  | 'tanggalKursus'
  | 'tanggalSelesaiKursus'
  | 'tahunKursus'
  | 'institusiPenyelenggara'
  | 'nomorSertipikat';

export interface SiasnKursusColumn {
  field: SiasnKursusField;
  /** Header spellings the import accepts; the first is SIASN's own and the one the export writes. */
  headers: readonly [string, ...string[]];
  /** The import reads a file without it (its cells then read as ''). */
  optional: boolean;
}

export const SIASN_KURSUS_COLUMNS: readonly SiasnKursusColumn[] = [
  // The import is per employee, chosen on the page: the NIP identifies the person for an external system only.
  { field: 'nipBaru', headers: ['nipBaru', 'nip_baru', 'nip'], optional: true },
  { field: 'namaKursus', headers: ['namaKursus', 'nama_kursus', 'namaDiklat', 'nama_diklat'], optional: false },
  { field: 'jenisKursus', headers: ['jenisKursus', 'jenis_kursus', 'jenisDiklat', 'jenis_diklat'], optional: false },
  { field: 'jumlahJam', headers: ['jumlahJam', 'jumlah_jam', 'jp'], optional: false },
  {
    field: 'tanggalKursus',
    headers: ['tanggalKursus', 'tanggal_kursus', 'tanggalMulai', 'tanggal_mulai'],
    optional: false,
  },
  {
    field: 'tanggalSelesaiKursus',
    headers: ['tanggalSelesaiKursus', 'tanggal_selesai_kursus', 'tanggalSelesai', 'tanggal_selesai'],
    optional: true,
  },
  { field: 'tahunKursus', headers: ['tahunKursus', 'tahun_kursus', 'tahun'], optional: true },
  {
    field: 'institusiPenyelenggara',
    headers: ['institusiPenyelenggara', 'institusi_penyelenggara', 'penyelenggara'],
    optional: true,
  },
  {
    field: 'nomorSertipikat',
    headers: ['nomorSertipikat', 'nomor_sertipikat', 'nomorSertifikat', 'no_sertifikat'],
    optional: true,
  },
];

/** The import's header table and optional fields, as readCsvTable takes them. */
export const SIASN_KURSUS_HEADERS = Object.fromEntries(
  SIASN_KURSUS_COLUMNS.map((column) => [column.field, [...column.headers]]),
) as Record<SiasnKursusField, string[]>;
export const SIASN_KURSUS_OPTIONAL = SIASN_KURSUS_COLUMNS.filter((column) => column.optional).map(
  (column) => column.field,
);

/**
 * The jenis kursus/diklat word the export writes for each category: SIASN's own words where it has one (Diklat
 * Struktural for leadership programmes, Diklat Prajabatan for Latsar), else ours. The import reads every one back
 * to the same category (past-training-csv.test.ts checks it for all of them).
 */
export const SIASN_KIND_LABELS: Record<TrainingCategory, string> = {
  DEGREE: 'Tugas Belajar',
  LEADERSHIP: 'Diklat Struktural',
  LATSAR: 'Diklat Prajabatan',
  TECHNICAL: 'Diklat Teknis',
  FUNCTIONAL: 'Diklat Fungsional',
  MANAGERIAL: 'Diklat Manajerial',
  SOCIO_CULTURAL: 'Diklat Sosial Kultural',
  SEMINAR: 'Seminar',
  WORKSHOP: 'Workshop',
  COURSE: 'Kursus',
  TECHNICAL_GUIDANCE: 'Bimbingan Teknis',
  E_LEARNING: 'E-Learning',
  COACHING: 'Coaching',
  MENTORING: 'Mentoring',
  INTERNSHIP: 'Magang',
  SECONDMENT: 'Detasering',
  BENCHMARKING: 'Benchmarking',
  LEARNING_COMMUNITY: 'Komunitas Belajar',
};

/** The category a label of the table above names, case aside; null for other words. */
export function categoryOfLabel(kind: string): TrainingCategory | null {
  const lower = kind.trim().toLowerCase();
  const found = Object.entries(SIASN_KIND_LABELS).find(([, label]) => label.toLowerCase() === lower);
  return found ? (found[0] as TrainingCategory) : null;
}

/** SIASN writes dates DD-MM-YYYY. */
export function siasnDate(iso: string): string {
  return `${iso.slice(8, 10)}-${iso.slice(5, 7)}-${iso.slice(0, 4)}`;
}
