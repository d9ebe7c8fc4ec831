// Writes SIASN riwayat kursus records as CSV in the columns the import reads (siasn-kursus-columns.ts), so an
// export imports back to the same trainings.
import { writeCsvTable } from '@asn/common';
import type { SiasnKursus } from '../types/siasn-kursus.type.js';
import { SIASN_KURSUS_COLUMNS, siasnDate, type SiasnKursusField } from './siasn-kursus-columns.js';

function cellOf(record: SiasnKursus, field: SiasnKursusField): string | number | null {
  switch (field) {
    case 'tanggalKursus':
    case 'tanggalSelesaiKursus':
      return siasnDate(record[field]);
    default:
      return record[field];
  }
}

export function writeSiasnKursusCsv(records: readonly SiasnKursus[]): string {
  return writeCsvTable(
    SIASN_KURSUS_COLUMNS.map((column) => column.headers[0]),
    records.map((record) => SIASN_KURSUS_COLUMNS.map((column) => cellOf(record, column.field))),
  );
}
