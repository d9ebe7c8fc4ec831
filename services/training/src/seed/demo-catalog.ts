// Demo catalog: providers and about 60 trainings over every form and category, with the competencies (contract
// ids 1–21) each develops and up to which level. JP and costs are plausible demo values, not official ones.
import { ProviderKind } from '../types/provider-kind.enum.js';
import { TrainingCategory as C } from '../types/training-category.enum.js';
import { TrainingForm as F } from '../types/training-form.enum.js';

export const DEMO_PROVIDERS: { name: string; kind: ProviderKind }[] = [
  { name: 'BPSDM Provinsi Maluku', kind: ProviderKind.BPSDM },
  { name: 'BPSDM Provinsi Sulawesi Barat', kind: ProviderKind.BPSDM },
  { name: 'BPSDM Provinsi Sumatera Utara', kind: ProviderKind.BPSDM },
  { name: 'BPSDM Aceh', kind: ProviderKind.BPSDM },
  { name: 'Lembaga Administrasi Negara (LAN RI)', kind: ProviderKind.LAN },
  { name: 'Kementerian Dalam Negeri', kind: ProviderKind.MINISTRY },
  { name: 'Kementerian Komunikasi dan Digital', kind: ProviderKind.MINISTRY },
  { name: 'Lembaga Kebijakan Pengadaan Barang/Jasa Pemerintah (LKPP)', kind: ProviderKind.MINISTRY },
  { name: 'Kementerian Kesehatan', kind: ProviderKind.MINISTRY },
  { name: 'Universitas Pattimura', kind: ProviderKind.UNIVERSITY },
  { name: 'Universitas Sumatera Utara', kind: ProviderKind.UNIVERSITY },
  { name: 'Universitas Syiah Kuala', kind: ProviderKind.UNIVERSITY },
  { name: 'Universitas Tomakaka Mamuju', kind: ProviderKind.UNIVERSITY },
  { name: 'Ikatan Ahli Pengadaan Indonesia (IAPI)', kind: ProviderKind.PROFESSIONAL_BODY },
  { name: 'Persatuan Perawat Nasional Indonesia (PPNI)', kind: ProviderKind.PROFESSIONAL_BODY },
  { name: 'Komunitas Belajar ASN Daerah', kind: ProviderKind.OTHER },
];

/** [code, title, form, category, jp, cost per participant, provider index (1-based), [competency id, max level][]] */
type Row = [string, string, F, C, number, number, number, [number, number][]];

const MANAGERIAL: [number, number][] = [[1, 3], [2, 3], [3, 3], [4, 3], [5, 3], [6, 3], [7, 3], [8, 3]];
const lead = (level: number): [number, number][] => MANAGERIAL.map(([id]) => [id, level]);

export const DEMO_TRAININGS: Row[] = [
  ['PKN_I', 'Pelatihan Kepemimpinan Nasional Tingkat I', F.CLASSICAL, C.LEADERSHIP, 720, 95_000_000, 5, [...lead(5), [9, 5]]],
  ['PKN_II', 'Pelatihan Kepemimpinan Nasional Tingkat II', F.CLASSICAL, C.LEADERSHIP, 600, 75_000_000, 5, [...lead(4), [9, 4]]],
  ['PKA', 'Pelatihan Kepemimpinan Administrator', F.CLASSICAL, C.LEADERSHIP, 320, 35_000_000, 1, [...lead(3), [9, 3]]],
  ['PKP', 'Pelatihan Kepemimpinan Pengawas', F.CLASSICAL, C.LEADERSHIP, 240, 22_000_000, 1, [...lead(2), [9, 2]]],
  ['LATSAR', 'Pelatihan Dasar CPNS (Latsar)', F.CLASSICAL, C.LATSAR, 400, 12_000_000, 1, [[1, 2], [5, 2], [9, 2]]],
  ['S2-MAP', 'Tugas Belajar S2 Magister Administrasi Publik', F.EDUCATION, C.DEGREE, 0, 60_000_000, 11, [[17, 4], [8, 4]]],
  ['S1-SI', 'Izin Belajar S1 Sistem Informasi', F.EDUCATION, C.DEGREE, 0, 30_000_000, 10, [[21, 3], [11, 3]]],
  ['S2-KESMAS', 'Tugas Belajar S2 Kesehatan Masyarakat', F.EDUCATION, C.DEGREE, 0, 55_000_000, 12, [[13, 4]]],
  ['PBJ-DASAR', 'Pelatihan Pengadaan Barang/Jasa Tingkat Dasar', F.CLASSICAL, C.TECHNICAL, 40, 3_500_000, 8, [[12, 2]]],
  ['PBJ-L1', 'Pelatihan PBJ Level-1', F.CLASSICAL, C.FUNCTIONAL, 56, 5_500_000, 8, [[12, 3]]],
  ['PBJ-PPK', 'Pelatihan Okupasi Pejabat Pembuat Komitmen', F.CLASSICAL, C.FUNCTIONAL, 48, 6_000_000, 14, [[12, 4], [8, 3]]],
  ['PBJ-EKAT', 'Bimtek E-Katalog dan E-Purchasing', F.CLASSICAL, C.TECHNICAL_GUIDANCE, 16, 1_500_000, 8, [[12, 2]]],
  ['DATA-DASAR', 'Pelatihan Pengelolaan Data Dasar', F.CLASSICAL, C.TECHNICAL, 32, 2_500_000, 7, [[11, 2]]],
  ['DATA-SDI', 'Bimtek Satu Data Indonesia', F.CLASSICAL, C.TECHNICAL_GUIDANCE, 24, 2_000_000, 7, [[11, 3]]],
  ['DATA-ANALITIK', 'Kursus Analitik Data dengan Python', F.CLASSICAL, C.COURSE, 40, 4_500_000, 11, [[11, 4], [21, 2]]],
  ['TKTI-SPBE', 'Pelatihan Tata Kelola SPBE', F.CLASSICAL, C.TECHNICAL, 32, 3_000_000, 7, [[14, 3]]],
  ['TKTI-ARSITEKTUR', 'Workshop Arsitektur SPBE Daerah', F.CLASSICAL, C.WORKSHOP, 16, 1_800_000, 7, [[14, 4]]],
  ['KAMINFO-DASAR', 'Pelatihan Keamanan Informasi Dasar', F.CLASSICAL, C.TECHNICAL, 24, 2_500_000, 7, [[15, 2]]],
  ['KAMINFO-CSIRT', 'Pelatihan Penanganan Insiden Siber (CSIRT)', F.CLASSICAL, C.TECHNICAL, 40, 5_000_000, 7, [[15, 4]]],
  ['PAPL-WEB', 'Kursus Pengembangan Aplikasi Web Pemerintahan', F.CLASSICAL, C.COURSE, 48, 4_000_000, 10, [[21, 3]]],
  ['PAPL-MOBILE', 'Kursus Pengembangan Aplikasi Mobile', F.CLASSICAL, C.COURSE, 48, 4_500_000, 12, [[21, 4]]],
  ['PRAKOM-JF', 'Pelatihan Fungsional Pranata Komputer', F.CLASSICAL, C.FUNCTIONAL, 60, 6_500_000, 5, [[21, 3], [14, 3], [11, 2]]],
  ['SDM-JF', 'Pelatihan Fungsional Analis SDM Aparatur', F.CLASSICAL, C.FUNCTIONAL, 60, 6_000_000, 5, [[16, 3]]],
  ['SDM-MANTAL', 'Bimtek Manajemen Talenta ASN', F.CLASSICAL, C.TECHNICAL_GUIDANCE, 24, 2_500_000, 6, [[16, 4], [6, 3]]],
  ['SDM-ANJAB', 'Workshop Analisis Jabatan dan Beban Kerja', F.CLASSICAL, C.WORKSHOP, 24, 2_000_000, 6, [[16, 3]]],
  ['AKEB-JF', 'Pelatihan Fungsional Analis Kebijakan', F.CLASSICAL, C.FUNCTIONAL, 80, 8_000_000, 5, [[17, 3], [8, 3]]],
  ['AKEB-POLICY-BRIEF', 'Kursus Menulis Policy Brief', F.CLASSICAL, C.COURSE, 16, 1_500_000, 5, [[17, 2], [3, 3]]],
  ['RENGAR-SIPD', 'Bimtek Perencanaan dan Penganggaran SIPD', F.CLASSICAL, C.TECHNICAL_GUIDANCE, 24, 2_000_000, 6, [[18, 3]]],
  ['RENGAR-KINERJA', 'Pelatihan Penganggaran Berbasis Kinerja', F.CLASSICAL, C.TECHNICAL, 32, 3_000_000, 6, [[18, 4], [4, 3]]],
  ['KEUDA-AKUNTANSI', 'Pelatihan Akuntansi Pemerintah Daerah', F.CLASSICAL, C.TECHNICAL, 40, 3_500_000, 6, [[20, 3]]],
  ['KEUDA-BENDAHARA', 'Sertifikasi Bendahara Pengeluaran', F.CLASSICAL, C.FUNCTIONAL, 40, 4_000_000, 6, [[20, 4]]],
  ['ARSIP-DINAMIS', 'Bimtek Pengelolaan Arsip Dinamis', F.CLASSICAL, C.TECHNICAL_GUIDANCE, 24, 1_500_000, 6, [[19, 3]]],
  ['ARSIP-SRIKANDI', 'Sosialisasi Aplikasi SRIKANDI', F.CLASSICAL, C.TECHNICAL_GUIDANCE, 8, 500_000, 6, [[19, 2]]],
  ['YANKES-PPI', 'Pelatihan Pencegahan dan Pengendalian Infeksi', F.CLASSICAL, C.TECHNICAL, 40, 3_000_000, 9, [[13, 3]]],
  ['YANKES-BTCLS', 'Pelatihan BTCLS untuk Perawat', F.CLASSICAL, C.FUNCTIONAL, 40, 3_500_000, 15, [[13, 4]]],
  ['YANKES-PUSKESMAS', 'Bimtek Manajemen Puskesmas', F.CLASSICAL, C.TECHNICAL_GUIDANCE, 32, 2_500_000, 9, [[13, 3], [5, 3]]],
  ['MPROY-DASAR', 'Pelatihan Manajemen Proyek Pemerintah', F.CLASSICAL, C.TECHNICAL, 32, 3_500_000, 11, [[10, 3]]],
  ['MPROY-AGILE', 'Workshop Manajemen Proyek Agile', F.CLASSICAL, C.WORKSHOP, 16, 2_000_000, 16, [[10, 3], [2, 3]]],
  ['MAN-KOMUNIKASI', 'Pelatihan Komunikasi Efektif dan Public Speaking', F.CLASSICAL, C.MANAGERIAL, 24, 2_000_000, 2, [[3, 3]]],
  ['MAN-PELAYANAN', 'Pelatihan Pelayanan Prima', F.CLASSICAL, C.MANAGERIAL, 24, 1_800_000, 3, [[5, 3]]],
  ['MAN-PERUBAHAN', 'Pelatihan Manajemen Perubahan', F.CLASSICAL, C.MANAGERIAL, 24, 2_000_000, 4, [[7, 3]]],
  ['MAN-KEPUTUSAN', 'Pelatihan Pengambilan Keputusan Berbasis Data', F.CLASSICAL, C.MANAGERIAL, 24, 2_200_000, 5, [[8, 3], [11, 2]]],
  ['SOSBUD-MODERASI', 'Pelatihan Wawasan Kebangsaan dan Moderasi', F.CLASSICAL, C.SOCIO_CULTURAL, 24, 1_500_000, 6, [[9, 3]]],
  ['SEM-SPBE', 'Seminar Nasional Transformasi Digital Pemerintahan', F.CLASSICAL, C.SEMINAR, 8, 750_000, 7, [[14, 2]]],
  ['SEM-INTEGRITAS', 'Seminar Integritas dan Pencegahan Korupsi', F.CLASSICAL, C.SEMINAR, 8, 500_000, 5, [[1, 3]]],
  ['KULIAH-UMUM', 'Kuliah Umum Kebijakan Publik (Universitas Pattimura)', F.CLASSICAL, C.SEMINAR, 4, 0, 10, [[17, 2]]],
  ['EL-ANTIKORUPSI', 'E-Learning Antikorupsi dan Integritas ASN', F.NON_CLASSICAL, C.E_LEARNING, 10, 0, 5, [[1, 3]]],
  ['EL-SMART-ASN', 'E-Learning Smart ASN: Literasi Digital', F.NON_CLASSICAL, C.E_LEARNING, 12, 0, 5, [[14, 2], [11, 2]]],
  ['EL-PELAYANAN', 'E-Learning Pelayanan Publik Berorientasi Warga', F.NON_CLASSICAL, C.E_LEARNING, 10, 0, 5, [[5, 3]]],
  ['EL-KEBIJAKAN', 'E-Learning Dasar Analisis Kebijakan', F.NON_CLASSICAL, C.E_LEARNING, 12, 250_000, 5, [[17, 2]]],
  ['EL-KOLABORASI', 'E-Learning Kolaborasi dan Kerja Tim', F.NON_CLASSICAL, C.E_LEARNING, 8, 0, 5, [[2, 3]]],
  ['COACH-KINERJA', 'Coaching Kinerja oleh Atasan', F.NON_CLASSICAL, C.COACHING, 6, 0, 16, [[4, 3], [6, 2]]],
  ['COACH-LEADER', 'Executive Coaching Pimpinan Unit', F.NON_CLASSICAL, C.COACHING, 12, 3_000_000, 16, [[6, 4], [8, 4]]],
  ['MENTOR-JF', 'Mentoring Jabatan Fungsional oleh Pejabat Senior', F.NON_CLASSICAL, C.MENTORING, 8, 0, 16, [[6, 3], [16, 2]]],
  ['MENTOR-PBJ', 'Mentoring Pengadaan oleh Pokja Senior', F.NON_CLASSICAL, C.MENTORING, 8, 0, 14, [[12, 3]]],
  ['MAGANG-UNPATTI', 'Magang Pengembangan Aplikasi di Universitas Pattimura', F.NON_CLASSICAL, C.INTERNSHIP, 40, 1_500_000, 10, [[21, 3], [10, 2]]],
  ['MAGANG-USU', 'Magang Data dan Statistik di Universitas Sumatera Utara', F.NON_CLASSICAL, C.INTERNSHIP, 40, 1_500_000, 11, [[11, 3]]],
  ['MAGANG-USK', 'Magang Kesehatan Masyarakat di Universitas Syiah Kuala', F.NON_CLASSICAL, C.INTERNSHIP, 40, 1_500_000, 12, [[13, 3]]],
  ['DETASERING-KOMDIGI', 'Detasering ke Kementerian Komunikasi dan Digital', F.NON_CLASSICAL, C.SECONDMENT, 80, 5_000_000, 7, [[14, 4], [15, 3]]],
  ['BENCHMARK-MPP', 'Studi Banding Mal Pelayanan Publik', F.NON_CLASSICAL, C.BENCHMARKING, 16, 2_500_000, 6, [[5, 4], [7, 3]]],
  ['KOMBEL-DATA', 'Komunitas Belajar Data Daerah', F.NON_CLASSICAL, C.LEARNING_COMMUNITY, 6, 0, 16, [[11, 2]]],
];

/** Prerequisites by code: [training, must complete first]. */
export const DEMO_PREREQUISITES: [string, string][] = [
  ['PBJ-L1', 'PBJ-DASAR'],
  ['PBJ-PPK', 'PBJ-L1'],
  ['KAMINFO-CSIRT', 'KAMINFO-DASAR'],
  ['DATA-ANALITIK', 'DATA-DASAR'],
];
