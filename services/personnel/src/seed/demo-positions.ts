// Positions of the demo: k 1-12 with the ids the seeds share, and k 13-22, this subgraph's additions with ids
// after the contract's 48, so that every unit head has a post and more JF levels appear.
import type { EducationLevel } from '../rules/education.js';
import type { GolonganCode } from '../rules/golongan.js';
import type { FunctionalLevel, PositionKind } from '../rules/position-level.js';

export interface DemoPosition {
  k: number;
  name: string;
  kind: PositionKind;
  level: FunctionalLevel | null;
  unitK: number;
  minGolongan: GolonganCode;
  minEducation: EducationLevel;
  /** Golongan range of holders (docs/domain.md, "Positions"). */
  golongan: [GolonganCode, GolonganCode];
  /** Technical competencies of the standard: code and required level. */
  technical: [string, number][];
}

// One row per position: a table reads better than prettier's one field per line.
// prettier-ignore
export const DEMO_POSITIONS: DemoPosition[] = [
  { k: 1, name: 'Sekretaris Daerah', kind: 'JPT_PRATAMA', level: null, unitK: 2, minGolongan: 'IV_B', minEducation: 'S1', golongan: ['IV_C', 'IV_D'], technical: [['AKEB', 4], ['RENGAR', 4], ['KEUDA', 3]] },
  { k: 2, name: 'Kepala Dinas Komunikasi dan Informatika', kind: 'JPT_PRATAMA', level: null, unitK: 4, minGolongan: 'IV_B', minEducation: 'S1', golongan: ['IV_B', 'IV_D'], technical: [['TKTI', 4], ['KAMINFO', 3], ['MPROY', 3]] },
  { k: 3, name: 'Sekretaris Dinas Komunikasi dan Informatika', kind: 'ADMINISTRATOR', level: null, unitK: 5, minGolongan: 'III_D', minEducation: 'S1', golongan: ['III_D', 'IV_B'], technical: [['RENGAR', 3], ['KEUDA', 3], ['ARSIP', 2]] },
  { k: 4, name: 'Kepala Bidang Aplikasi Informatika', kind: 'ADMINISTRATOR', level: null, unitK: 6, minGolongan: 'III_D', minEducation: 'S1', golongan: ['III_D', 'IV_B'], technical: [['PAPL', 3], ['MPROY', 3], ['TKTI', 3]] },
  { k: 5, name: 'Kepala Seksi Pengelolaan Data', kind: 'PENGAWAS', level: null, unitK: 7, minGolongan: 'III_B', minEducation: 'D3', golongan: ['III_B', 'III_D'], technical: [['DATA', 3], ['KAMINFO', 2]] },
  { k: 6, name: 'Kepala Subbagian Umum dan Kepegawaian', kind: 'PENGAWAS', level: null, unitK: 5, minGolongan: 'III_B', minEducation: 'D3', golongan: ['III_B', 'III_D'], technical: [['MSDM', 2], ['ARSIP', 2]] },
  { k: 7, name: 'Pranata Komputer Ahli Pertama', kind: 'FUNGSIONAL', level: 'AHLI_PERTAMA', unitK: 6, minGolongan: 'III_A', minEducation: 'S1', golongan: ['III_A', 'III_B'], technical: [['PAPL', 2], ['DATA', 2], ['KAMINFO', 1]] },
  { k: 8, name: 'Pranata Komputer Ahli Muda', kind: 'FUNGSIONAL', level: 'AHLI_MUDA', unitK: 6, minGolongan: 'III_C', minEducation: 'S1', golongan: ['III_C', 'III_D'], technical: [['PAPL', 3], ['DATA', 3], ['KAMINFO', 2]] },
  { k: 9, name: 'Pengelola Pengadaan Barang/Jasa Ahli Pertama', kind: 'FUNGSIONAL', level: 'AHLI_PERTAMA', unitK: 3, minGolongan: 'III_A', minEducation: 'S1', golongan: ['III_A', 'III_B'], technical: [['PBJ', 2], ['KEUDA', 1]] },
  { k: 10, name: 'Analis SDM Aparatur Ahli Muda', kind: 'FUNGSIONAL', level: 'AHLI_MUDA', unitK: 12, minGolongan: 'III_C', minEducation: 'S1', golongan: ['III_C', 'III_D'], technical: [['MSDM', 3], ['AKEB', 2]] },
  { k: 11, name: 'Perawat Terampil', kind: 'FUNGSIONAL', level: 'TERAMPIL', unitK: 9, minGolongan: 'II_B', minEducation: 'D3', golongan: ['II_B', 'II_D'], technical: [['YANKES', 2]] },
  { k: 12, name: 'Pengadministrasi Umum', kind: 'PELAKSANA', level: null, unitK: 5, minGolongan: 'II_A', minEducation: 'SMA', golongan: ['II_A', 'III_B'], technical: [['ARSIP', 1]] },
  { k: 13, name: 'Kepala Bagian Pengadaan Barang/Jasa', kind: 'ADMINISTRATOR', level: null, unitK: 3, minGolongan: 'III_D', minEducation: 'S1', golongan: ['III_D', 'IV_B'], technical: [['PBJ', 3], ['KEUDA', 2]] },
  { k: 14, name: 'Kepala Bidang Pengelolaan Data dan Statistik', kind: 'ADMINISTRATOR', level: null, unitK: 7, minGolongan: 'III_D', minEducation: 'S1', golongan: ['III_D', 'IV_B'], technical: [['DATA', 3], ['TKTI', 3]] },
  { k: 15, name: 'Kepala Dinas Kesehatan', kind: 'JPT_PRATAMA', level: null, unitK: 8, minGolongan: 'IV_B', minEducation: 'S1', golongan: ['IV_B', 'IV_D'], technical: [['YANKES', 4], ['RENGAR', 3]] },
  { k: 16, name: 'Kepala Puskesmas', kind: 'PENGAWAS', level: null, unitK: 9, minGolongan: 'III_B', minEducation: 'S1', golongan: ['III_B', 'III_D'], technical: [['YANKES', 3], ['RENGAR', 2]] },
  { k: 17, name: 'Kepala Dinas Pendidikan', kind: 'JPT_PRATAMA', level: null, unitK: 10, minGolongan: 'IV_B', minEducation: 'S1', golongan: ['IV_B', 'IV_D'], technical: [['RENGAR', 3], ['AKEB', 3]] },
  { k: 18, name: 'Kepala BKPSDM', kind: 'JPT_PRATAMA', level: null, unitK: 11, minGolongan: 'IV_B', minEducation: 'S1', golongan: ['IV_B', 'IV_D'], technical: [['MSDM', 4], ['AKEB', 3]] },
  { k: 19, name: 'Kepala Bidang Pengembangan Kompetensi', kind: 'ADMINISTRATOR', level: null, unitK: 12, minGolongan: 'III_D', minEducation: 'S1', golongan: ['III_D', 'IV_B'], technical: [['MSDM', 3], ['RENGAR', 2]] },
  { k: 20, name: 'Guru Ahli Muda', kind: 'FUNGSIONAL', level: 'AHLI_MUDA', unitK: 10, minGolongan: 'III_C', minEducation: 'S1', golongan: ['III_C', 'III_D'], technical: [] },
  { k: 21, name: 'Analis Kebijakan Ahli Madya', kind: 'FUNGSIONAL', level: 'AHLI_MADYA', unitK: 2, minGolongan: 'IV_A', minEducation: 'S1', golongan: ['IV_A', 'IV_C'], technical: [['AKEB', 4], ['DATA', 2]] },
  { k: 22, name: 'Perawat Mahir', kind: 'FUNGSIONAL', level: 'MAHIR', unitK: 9, minGolongan: 'III_A', minEducation: 'D3', golongan: ['III_A', 'III_B'], technical: [['YANKES', 3]] },
];

/** Contract ids for k ≤ 12; the additions follow after all agencies' contract positions. */
export function positionId(agencyId: number, k: number): number {
  return k <= 12 ? (agencyId - 1) * 12 + k : 48 + (agencyId - 1) * 10 + (k - 12);
}

/** Default required level of the managerial and socio-cultural competencies by kind and level (docs/domain.md). */
export function defaultManagerialLevel(position: DemoPosition): number {
  switch (position.kind) {
    case 'JPT_UTAMA':
    case 'JPT_MADYA':
      return 5;
    case 'JPT_PRATAMA':
      return 4;
    case 'ADMINISTRATOR':
      return 3;
    case 'PENGAWAS':
      return 2;
    case 'PELAKSANA':
      return 1;
    case 'FUNGSIONAL':
      return {
        AHLI_UTAMA: 4,
        AHLI_MADYA: 3,
        AHLI_MUDA: 2,
        AHLI_PERTAMA: 1,
        PENYELIA: 2,
        MAHIR: 1,
        TERAMPIL: 1,
        PEMULA: 1,
      }[position.level ?? 'PEMULA'];
  }
}
