// The demo certification catalog (deterministic ids): issuers, about twenty schemes with the competencies they
// certify (the contract's competency ids) and the positions that require them (the contract's position ids).
// Validities are demo values in the shape of the real schemes (BNSP commonly 36 months; JF competency tests and
// the perawat STR, lifetime since UU 17/2023).
import { IssuerKind } from '../types/issuer-kind.enum.js';

export const DEMO_ISSUERS = [
  { id: 1, code: 'BNSP', name: 'Badan Nasional Sertifikasi Profesi', kind: IssuerKind.BNSP },
  { id: 2, code: 'LKPP', name: 'Lembaga Kebijakan Pengadaan Barang/Jasa Pemerintah', kind: IssuerKind.LKPP },
  { id: 3, code: 'LAN', name: 'Lembaga Administrasi Negara', kind: IssuerKind.LAN },
  {
    id: 4,
    code: 'BPS',
    name: 'Badan Pusat Statistik (instansi pembina JF Pranata Komputer)',
    kind: IssuerKind.MINISTRY,
  },
  {
    id: 5,
    code: 'BKN',
    name: 'Badan Kepegawaian Negara (instansi pembina JF Analis SDM Aparatur)',
    kind: IssuerKind.MINISTRY,
  },
  { id: 6, code: 'KEMENKES', name: 'Kementerian Kesehatan', kind: IssuerKind.MINISTRY },
  { id: 7, code: 'PMI', name: 'Project Management Institute', kind: IssuerKind.PROFESSIONAL_BODY },
  { id: 8, code: 'PPNI', name: 'Persatuan Perawat Nasional Indonesia', kind: IssuerKind.PROFESSIONAL_BODY },
];

/** Competency ids of the contract. */
const C = {
  PP: 5,
  MPROY: 10,
  DATA: 11,
  PBJ: 12,
  YANKES: 13,
  TKTI: 14,
  KAMINFO: 15,
  MSDM: 16,
  AKEB: 17,
  ARSIP: 19,
  PAPL: 21,
};

interface DemoScheme {
  id: number;
  code: string;
  name: string;
  issuerId: number;
  validityMonths: number | null;
  nationallyRecognised: boolean;
  /** [competency id, level] */
  certifies: [number, number][];
  /** BNSP schemes: the LSP that assesses. */
  lsp?: string;
}

export const DEMO_SCHEMES: DemoScheme[] = [
  {
    id: 1,
    code: 'LKPP-DASAR',
    name: 'Sertifikat Kompetensi Dasar Pengadaan Barang/Jasa',
    issuerId: 2,
    validityMonths: 48,
    nationallyRecognised: true,
    certifies: [[C.PBJ, 1]],
  },
  {
    id: 2,
    code: 'LKPP-L1',
    name: 'Sertifikat Kompetensi Pengadaan Barang/Jasa Level-1',
    issuerId: 2,
    validityMonths: 36,
    nationallyRecognised: true,
    certifies: [[C.PBJ, 2]],
  },
  {
    id: 3,
    code: 'LKPP-PPK',
    name: 'Sertifikat Kompetensi Okupasi Pejabat Pembuat Komitmen (PPK)',
    issuerId: 2,
    validityMonths: 36,
    nationallyRecognised: true,
    certifies: [[C.PBJ, 3]],
  },
  {
    id: 4,
    code: 'LKPP-PP',
    name: 'Sertifikat Kompetensi Okupasi Pejabat Pengadaan',
    issuerId: 2,
    validityMonths: 36,
    nationallyRecognised: true,
    certifies: [[C.PBJ, 2]],
  },
  {
    id: 5,
    code: 'LKPP-POKJA',
    name: 'Sertifikat Kompetensi Okupasi Pokja Pemilihan',
    issuerId: 2,
    validityMonths: 36,
    nationallyRecognised: true,
    certifies: [[C.PBJ, 3]],
  },
  {
    id: 6,
    code: 'LKPP-JF-PPBJ-AP',
    name: 'Uji Kompetensi JF Pengelola Pengadaan Barang/Jasa Ahli Pertama',
    issuerId: 2,
    validityMonths: null,
    nationallyRecognised: true,
    certifies: [[C.PBJ, 3]],
  },
  {
    id: 7,
    code: 'LKPP-JF-PPBJ-AM',
    name: 'Uji Kompetensi JF Pengelola Pengadaan Barang/Jasa Ahli Muda',
    issuerId: 2,
    validityMonths: null,
    nationallyRecognised: true,
    certifies: [[C.PBJ, 4]],
  },
  {
    id: 8,
    code: 'BNSP-MPROY-MADYA',
    name: 'Sertifikat Kompetensi Manajemen Proyek (Madya)',
    issuerId: 1,
    validityMonths: 36,
    nationallyRecognised: true,
    certifies: [[C.MPROY, 3]],
    lsp: 'LSP Manajemen Proyek Indonesia',
  },
  {
    id: 9,
    code: 'BNSP-MPROY-UTAMA',
    name: 'Sertifikat Kompetensi Manajer Proyek (Utama)',
    issuerId: 1,
    validityMonths: 36,
    nationallyRecognised: true,
    certifies: [[C.MPROY, 4]],
    lsp: 'LSP Manajemen Proyek Indonesia',
  },
  {
    id: 10,
    code: 'PMI-PMP',
    name: 'Project Management Professional (PMP)',
    issuerId: 7,
    validityMonths: 36,
    nationallyRecognised: false,
    certifies: [[C.MPROY, 4]],
  },
  {
    id: 11,
    code: 'BNSP-YANPUB',
    name: 'Sertifikat Kompetensi Pelayanan Publik',
    issuerId: 1,
    validityMonths: 36,
    nationallyRecognised: true,
    certifies: [[C.PP, 3]],
    lsp: 'LSP Pelayanan Publik Indonesia',
  },
  {
    id: 12,
    code: 'LAN-JF-AKEB-AP',
    name: 'Uji Kompetensi JF Analis Kebijakan Ahli Pertama',
    issuerId: 3,
    validityMonths: null,
    nationallyRecognised: true,
    certifies: [[C.AKEB, 3]],
  },
  {
    id: 13,
    code: 'BNSP-TKTI',
    name: 'Sertifikat Kompetensi Tata Kelola Teknologi Informasi',
    issuerId: 1,
    validityMonths: 36,
    nationallyRecognised: true,
    certifies: [[C.TKTI, 3]],
    lsp: 'LSP Teknologi Digital',
  },
  {
    id: 14,
    code: 'BNSP-KAMINFO',
    name: 'Sertifikat Kompetensi Keamanan Informasi',
    issuerId: 1,
    validityMonths: 36,
    nationallyRecognised: true,
    certifies: [[C.KAMINFO, 3]],
    lsp: 'LSP Teknologi Digital',
  },
  {
    id: 15,
    code: 'BNSP-DATA',
    name: 'Sertifikat Kompetensi Analis Data',
    issuerId: 1,
    validityMonths: 36,
    nationallyRecognised: true,
    certifies: [[C.DATA, 3]],
    lsp: 'LSP Teknologi Digital',
  },
  {
    id: 16,
    code: 'BNSP-WEBDEV',
    name: 'Sertifikat Kompetensi Pengembang Web Junior',
    issuerId: 1,
    validityMonths: 36,
    nationallyRecognised: true,
    certifies: [[C.PAPL, 2]],
    lsp: 'LSP Teknologi Digital',
  },
  {
    id: 17,
    code: 'BPS-JF-PRAKOM-AP',
    name: 'Uji Kompetensi JF Pranata Komputer Ahli Pertama',
    issuerId: 4,
    validityMonths: null,
    nationallyRecognised: true,
    certifies: [
      [C.TKTI, 2],
      [C.PAPL, 2],
    ],
  },
  {
    id: 18,
    code: 'BPS-JF-PRAKOM-AM',
    name: 'Uji Kompetensi JF Pranata Komputer Ahli Muda',
    issuerId: 4,
    validityMonths: null,
    nationallyRecognised: true,
    certifies: [
      [C.DATA, 3],
      [C.TKTI, 3],
      [C.PAPL, 3],
    ],
  },
  {
    id: 19,
    code: 'BKN-JF-ASDM-AM',
    name: 'Uji Kompetensi JF Analis SDM Aparatur Ahli Muda',
    issuerId: 5,
    validityMonths: null,
    nationallyRecognised: true,
    certifies: [[C.MSDM, 3]],
  },
  {
    id: 20,
    code: 'KEMENKES-STR-PERAWAT',
    name: 'Surat Tanda Registrasi (STR) Perawat',
    issuerId: 6,
    validityMonths: null,
    nationallyRecognised: true,
    certifies: [[C.YANKES, 2]],
  },
  {
    id: 21,
    code: 'KEMENKES-JF-PERAWAT-T',
    name: 'Uji Kompetensi JF Perawat Terampil',
    issuerId: 6,
    validityMonths: null,
    nationallyRecognised: true,
    certifies: [[C.YANKES, 2]],
  },
  {
    id: 22,
    code: 'PPNI-BTCLS',
    name: 'Basic Trauma and Cardiac Life Support (BTCLS)',
    issuerId: 8,
    validityMonths: 24,
    nationallyRecognised: true,
    certifies: [[C.YANKES, 3]],
  },
  {
    id: 23,
    code: 'BNSP-ARSIP',
    name: 'Sertifikat Kompetensi Arsiparis',
    issuerId: 1,
    validityMonths: 36,
    nationallyRecognised: true,
    certifies: [[C.ARSIP, 2]],
    lsp: 'LSP Kearsipan',
  },
];

/** Position k of every agency (position id = (agency - 1) * 12 + k) -> the scheme ids it requires. */
export const DEMO_REQUIREMENTS: Record<number, number[]> = {
  3: [8], // Sekretaris Dinas Kominfo: project management
  4: [8, 13], // Kepala Bidang Aplikasi Informatika: project management, IT governance
  5: [15], // Kepala Seksi Pengelolaan Data: data analyst
  6: [23], // Kepala Subbagian Umum dan Kepegawaian: archives, which its standard carries (a Kasubbag buys nothing)
  7: [17], // Pranata Komputer Ahli Pertama: its JF competency test
  8: [18], // Pranata Komputer Ahli Muda: its JF competency test
  9: [6, 2], // Pengelola PBJ Ahli Pertama: JF PPBJ test and PBJ Level-1
  10: [19], // Analis SDM Aparatur Ahli Muda: its JF competency test
  11: [20, 21], // Perawat Terampil: STR and the JF competency test
};

export const AGENCY_COUNT = 4;
export const POSITIONS_PER_AGENCY = 12;
export const EMPLOYEE_COUNT = 300;
export const EMPLOYEES_PER_AGENCY = 75;
