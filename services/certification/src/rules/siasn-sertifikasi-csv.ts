// SIASN's riwayat sertifikasi columns and their CSV. The field names are those SIASN's web service takes for a
// certification record (the payload documented in github.com/taufiqurrohmansuwarto/rumahASN at 266fed3a,
// controller/siasn/rw-sertifkasi.controller.js, dates DD-MM-YYYY as its form sends them; `masaBerlakuSertSelasai` is
// SIASN's own spelling). docs/siasn.md maps each one. There is no import of this shape: certificates are recorded one
// by one and verified against the issuer.
import { writeCsvTable } from '@asn/common';
import type { SiasnSertifikasi } from '../types/siasn-sertifikasi.type.js';

type Column = Exclude<keyof SiasnSertifikasi, 'employee'>;

export const SIASN_SERTIFIKASI_COLUMNS: readonly Column[] = [
  'nipBaru',
  'namaSertifikasi',
  'nomorSertifikat',
  'tanggalSertifikat',
  'masaBerlakuSertMulai',
  'masaBerlakuSertSelasai',
  'lembagaSertifikasiNama',
];

const DATES = new Set<Column>(['tanggalSertifikat', 'masaBerlakuSertMulai', 'masaBerlakuSertSelasai']);

/** SIASN writes dates DD-MM-YYYY. */
const siasnDate = (iso: string) => `${iso.slice(8, 10)}-${iso.slice(5, 7)}-${iso.slice(0, 4)}`;

export function writeSiasnSertifikasiCsv(records: readonly SiasnSertifikasi[]): string {
  return writeCsvTable(
    SIASN_SERTIFIKASI_COLUMNS,
    records.map((record) =>
      SIASN_SERTIFIKASI_COLUMNS.map((column) => {
        const value = record[column];
        return DATES.has(column) && typeof value === 'string' ? siasnDate(value) : value;
      }),
    ),
  );
}
