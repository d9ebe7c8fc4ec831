import { describe, expect, it } from 'vitest';
import { SiasnKursusSource, type SiasnKursus } from '../types/siasn-kursus.type.js';
import { TrainingCategory } from '../types/training-category.enum.js';
import { parsePastTrainingCsv } from './past-training-csv.js';
import { SIASN_KIND_LABELS } from './siasn-kursus-columns.js';
import { writeSiasnKursusCsv } from './siasn-kursus-csv.js';

const kursus = (category: TrainingCategory, index: number): SiasnKursus => ({
  employee: { id: '7' },
  nipBaru: '19900101 201503 2 001',
  namaKursus: `Pelatihan ${index}, "angkatan" II`,
  jenisKursus: SIASN_KIND_LABELS[category],
  category,
  jumlahJam: 10 + index,
  tanggalKursus: '2025-03-0' + ((index % 9) + 1),
  tanggalSelesaiKursus: '2025-04-1' + (index % 10),
  tahunKursus: 2025,
  institusiPenyelenggara: index % 2 ? 'BPSDM Maluku; Ambon' : null,
  nomorSertipikat: index % 3 ? `800/${index}/BPSDM/2025` : null,
  source: SiasnKursusSource.PAST_TRAINING,
});

describe('writeSiasnKursusCsv', () => {
  it('writes SIASN headers and DD-MM-YYYY dates, quoting what needs it', () => {
    const csv = writeSiasnKursusCsv([kursus(TrainingCategory.LEADERSHIP, 1)]);
    expect(csv.split('\r\n')).toEqual([
      'nipBaru,namaKursus,jenisKursus,jumlahJam,tanggalKursus,tanggalSelesaiKursus,tahunKursus,' +
        'institusiPenyelenggara,nomorSertipikat',
      '19900101 201503 2 001,"Pelatihan 1, ""angkatan"" II",Diklat Struktural,11,02-03-2025,11-04-2025,2025,' +
        '"BPSDM Maluku; Ambon",800/1/BPSDM/2025',
      '',
    ]);
  });

  it('round-trips through the import: every category, title, JP, dates, organiser and certificate come back', () => {
    const records = Object.values(TrainingCategory).map(kursus);
    const parsed = parsePastTrainingCsv(writeSiasnKursusCsv(records), '2026-01-01');
    expect(parsed.ok && parsed.problems).toEqual([]);
    if (!parsed.ok) return;
    expect(parsed.rows.map(({ line: _line, form: _form, ...row }) => row)).toEqual(
      records.map((record) => ({
        title: record.namaKursus,
        category: record.category,
        jp: record.jumlahJam,
        startDate: record.tanggalKursus,
        endDate: record.tanggalSelesaiKursus,
        providerName: record.institusiPenyelenggara,
        certificateNumber: record.nomorSertipikat,
      })),
    );
  });

  it('writes only a header for no records, and neutralises a cell a spreadsheet would run', () => {
    expect(writeSiasnKursusCsv([]).split('\r\n')).toHaveLength(2);
    const csv = writeSiasnKursusCsv([{ ...kursus(TrainingCategory.COURSE, 2), namaKursus: '=HYPERLINK("x")' }]);
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
  });
});
