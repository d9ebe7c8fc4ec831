import { describe, expect, it } from 'vitest';
import { TrainingCategory } from '../types/training-category.enum.js';
import { TrainingForm } from '../types/training-form.enum.js';
import { categoryOf, parsePastTrainingCsv, readDate } from './past-training-csv.js';

const TODAY = '2026-06-30';

describe('parsePastTrainingCsv (SIASN riwayat kursus)', () => {
  it('reads SIASN columns, DD-MM-YYYY dates and jenis kursus words', () => {
    const csv =
      'namaKursus;jenisKursus;jumlahJam;tanggalKursus;tanggalSelesaiKursus;tahunKursus;institusiPenyelenggara;nomorSertipikat\n' +
      'Bimtek Penerapan SPBE;Bimbingan Teknis;32;10-05-2024;14-05-2024;2024;Kementerian Kominfo;500/KOMINFO/2024\n' +
      'Diklat PIM IV;Diklat Struktural;"285";2019-02-01;2019-05-30;2019;BPSDM Maluku;\n';
    const parsed = parsePastTrainingCsv(csv, TODAY);
    expect(parsed).toEqual({
      ok: true,
      problems: [],
      rows: [
        {
          line: 2,
          title: 'Bimtek Penerapan SPBE',
          category: TrainingCategory.TECHNICAL_GUIDANCE,
          form: TrainingForm.CLASSICAL,
          jp: 32,
          startDate: '2024-05-10',
          endDate: '2024-05-14',
          providerName: 'Kementerian Kominfo',
          certificateNumber: '500/KOMINFO/2024',
        },
        expect.objectContaining({ line: 3, category: TrainingCategory.LEADERSHIP, jp: 285, certificateNumber: null }),
      ],
    });
  });

  it('reports every bad row by line and SIASN field', () => {
    const csv =
      'namaKursus,jenisKursus,jumlahJam,tanggalKursus,tanggalSelesaiKursus,tahunKursus\n' +
      ',Kursus,10,01-01-2024,02-01-2024,2024\n' +
      'Kursus A,Entah,0,31-02-2024,,2024\n' +
      'Kursus B,Kursus,8,2026-06-01,2026-07-02,2026\n' +
      'Kursus C,Kursus,8,2024-06-03,2024-06-01,2023\n';
    const parsed = parsePastTrainingCsv(csv, TODAY);
    expect(parsed.ok && parsed.rows).toEqual([]);
    expect(parsed.ok && parsed.problems.map((p) => `${p.line}:${p.field}:${p.reason}`)).toEqual([
      '2:namaKursus:TEXT_REQUIRED',
      '3:jenisKursus:CATEGORY_UNKNOWN',
      '3:jumlahJam:VALUE_OUT_OF_RANGE',
      '3:tanggalKursus:CSV_DATE',
      '3:tanggalSelesaiKursus:CSV_DATE',
      '4:tanggalSelesaiKursus:DATE_IN_FUTURE',
      '5:tanggalSelesaiKursus:DATES_INVALID',
      '5:tahunKursus:YEAR_MISMATCH',
    ]);
  });

  it('refuses a file without the SIASN columns it needs', () => {
    expect(parsePastTrainingCsv('nama,jam\nA,2\n', TODAY)).toEqual({ ok: false, reason: 'CSV_HEADER' });
  });

  it('maps words and enum names, and only real dates', () => {
    expect(categoryOf('Latihan Dasar CPNS')).toBe(TrainingCategory.LATSAR);
    expect(categoryOf('mentoring')).toBe(TrainingCategory.MENTORING);
    expect(readDate('29-02-2023')).toBeNull();
    expect(readDate('29/02/2024')).toBe('2024-02-29');
  });
});
