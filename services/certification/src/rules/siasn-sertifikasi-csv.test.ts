import { describe, expect, it } from 'vitest';
import { writeSiasnSertifikasiCsv } from './siasn-sertifikasi-csv.js';

describe('writeSiasnSertifikasiCsv', () => {
  it('writes SIASN riwayat sertifikasi headers, DD-MM-YYYY dates and an empty end for a lifetime certificate', () => {
    const csv = writeSiasnSertifikasiCsv([
      {
        employee: { id: '14' },
        nipBaru: '19900101 201503 2 001',
        namaSertifikasi: 'Ahli Pengadaan Barang/Jasa Level 1',
        nomorSertifikat: 'PBJ-1/2024/0077',
        tanggalSertifikat: '2024-05-02',
        masaBerlakuSertMulai: '2024-05-02',
        masaBerlakuSertSelasai: '2027-05-01',
        lembagaSertifikasiNama: 'LKPP',
      },
      {
        employee: { id: '15' },
        nipBaru: null,
        namaSertifikasi: 'Certified, "Lifetime"',
        nomorSertifikat: '-7',
        tanggalSertifikat: '2020-01-31',
        masaBerlakuSertMulai: '2020-01-31',
        masaBerlakuSertSelasai: null,
        lembagaSertifikasiNama: 'BNSP',
      },
    ]);
    expect(csv.split('\r\n')).toEqual([
      'nipBaru,namaSertifikasi,nomorSertifikat,tanggalSertifikat,masaBerlakuSertMulai,masaBerlakuSertSelasai,' +
        'lembagaSertifikasiNama',
      '19900101 201503 2 001,Ahli Pengadaan Barang/Jasa Level 1,PBJ-1/2024/0077,02-05-2024,02-05-2024,01-05-2027,LKPP',
      `,"Certified, ""Lifetime""",'-7,31-01-2020,31-01-2020,,BNSP`,
      '',
    ]);
  });
});
