// The competency dictionary of the demo: the 8 managerial competencies and Perekat Bangsa (PermenPANRB 38/2017),
// with level descriptors written for this project, and 12 technical competencies. Ids: docs/architecture.md.
import type { CompetencyTypeValue } from '../types/competency-type.enum.js';

export interface DemoCompetency {
  id: number;
  code: string;
  name: string;
  type: CompetencyTypeValue;
  definition: string;
  levels: [string, string, string, string, string];
}

const MANAGERIAL: DemoCompetency[] = [
  {
    id: 1,
    code: 'INT',
    name: 'Integritas',
    type: 'MANAGERIAL',
    definition:
      'Konsisten berperilaku selaras dengan nilai, norma dan etika organisasi, serta jujur dalam hubungan dengan atasan, rekan, bawahan dan pihak lain.',
    levels: [
      'Bertindak sesuai nilai, norma dan etika organisasi dalam menjalankan tugas pribadi sehari-hari.',
      'Mengingatkan dan mengajak rekan kerja untuk bertindak sesuai nilai, norma dan etika organisasi.',
      'Memastikan anggota tim yang dipimpinnya bertindak sesuai nilai, norma dan etika organisasi dalam lingkup formal.',
      'Membangun suasana kerja yang mendorong kepatuhan terhadap nilai, norma dan etika di seluruh unit kerja.',
      'Menjadi teladan penerapan standar keadilan dan etika yang diakui hingga tingkat nasional.',
    ],
  },
  {
    id: 2,
    code: 'KS',
    name: 'Kerja Sama',
    type: 'MANAGERIAL',
    definition:
      'Kemampuan menjalin, membina dan mempertahankan hubungan kerja yang efektif untuk menyelesaikan tugas bersama.',
    levels: [
      'Aktif berpartisipasi dan menyelesaikan bagiannya dalam kelompok kerja.',
      'Menumbuhkan kerja tim yang partisipatif dan efektif, menghargai masukan setiap anggota.',
      'Membangun tim kerja yang efektif untuk meningkatkan kinerja organisasi.',
      'Membangun komitmen dan sinergi antartim dan antarunit kerja.',
      'Menciptakan kerja sama yang konsisten di dalam maupun di luar instansi untuk tujuan bersama.',
    ],
  },
  {
    id: 3,
    code: 'KOM',
    name: 'Komunikasi',
    type: 'MANAGERIAL',
    definition:
      'Kemampuan menerangkan pandangan dan gagasan secara jelas, sistematis dan meyakinkan, lisan maupun tertulis.',
    levels: [
      'Menyampaikan informasi dengan jelas dan lengkap sehingga dipahami sama oleh penerima.',
      'Aktif berkomunikasi formal dan informal, mendengarkan dengan baik, menyusun bahan paparan, naskah dan laporan.',
      'Berkomunikasi secara asertif dan mampu menyampaikan informasi yang sensitif, rumit atau kompleks.',
      'Mengemukakan pemikiran multidimensi secara lisan dan tertulis untuk mendorong kesepakatan.',
      'Menggagas sistem komunikasi yang terbuka dan strategis untuk mencari solusi bersama.',
    ],
  },
  {
    id: 4,
    code: 'OPH',
    name: 'Orientasi pada Hasil',
    type: 'MANAGERIAL',
    definition:
      'Kemampuan mempertahankan komitmen pribadi yang tinggi untuk menyelesaikan tugas dan memberikan hasil terbaik.',
    levels: [
      'Bertanggung jawab memenuhi standar kerja yang ditetapkan.',
      'Terus meningkatkan hasil kerja pribadi hingga melampaui standar.',
      'Menetapkan target kerja yang menantang bagi unit, memberi apresiasi dan teguran secara tepat.',
      'Mendorong unit kerja mencapai bahkan melampaui target yang ditetapkan.',
      'Meningkatkan mutu pencapaian kerja organisasi secara berkelanjutan.',
    ],
  },
  {
    id: 5,
    code: 'PP',
    name: 'Pelayanan Publik',
    type: 'MANAGERIAL',
    definition:
      'Kemampuan melaksanakan tugas pemerintahan, pembangunan dan pelayanan publik secara profesional, transparan dan adil.',
    levels: [
      'Menjalankan tugas sesuai standar pelayanan yang berlaku.',
      'Mengawasi dan menjelaskan proses pelayanan kepada masyarakat secara transparan.',
      'Memanfaatkan kekuatan kelompok untuk memperbaiki standar pelayanan di unit kerja.',
      'Memantau, mengevaluasi dan mengantisipasi dampak isu jangka panjang terhadap pelayanan.',
      'Memastikan kebijakan pelayanan yang objektif, netral dan tidak diskriminatif.',
    ],
  },
  {
    id: 6,
    code: 'PDOL',
    name: 'Pengembangan Diri dan Orang Lain',
    type: 'MANAGERIAL',
    definition: 'Kemampuan meningkatkan pengetahuan dan keterampilan diri serta mendorong pengembangan orang lain.',
    levels: [
      'Mengembangkan diri secara mandiri sesuai kebutuhan tugas.',
      'Meningkatkan kemampuan bawahan melalui contoh dan penjelasan.',
      'Memberikan umpan balik dan membimbing anggota tim secara terencana.',
      'Menyusun program pengembangan jangka panjang sebagai bagian dari manajemen pembelajaran.',
      'Menciptakan budaya organisasi yang terus belajar dan berkembang.',
    ],
  },
  {
    id: 7,
    code: 'MP',
    name: 'Mengelola Perubahan',
    type: 'MANAGERIAL',
    definition:
      'Kemampuan menyesuaikan diri dengan situasi baru dan mendorong perubahan yang bermanfaat bagi organisasi.',
    levels: [
      'Mengikuti perubahan sesuai arahan pimpinan.',
      'Proaktif beradaptasi dengan perubahan di lingkungan kerja.',
      'Membantu rekan mengikuti perubahan dan mengantisipasi perubahan yang akan datang.',
      'Memimpin perubahan di unit kerjanya.',
      'Menggerakkan dukungan bagi perubahan berkelanjutan di tingkat instansi maupun nasional.',
    ],
  },
  {
    id: 8,
    code: 'PK',
    name: 'Pengambilan Keputusan',
    type: 'MANAGERIAL',
    definition:
      'Kemampuan menganalisis masalah dan mengambil keputusan yang tepat waktu, tepat sasaran dan dapat dipertanggungjawabkan.',
    levels: [
      'Mengumpulkan informasi sebelum bertindak sesuai kewenangannya.',
      'Menganalisis masalah secara mendalam sebelum mengambil keputusan.',
      'Membandingkan alternatif dan menyeimbangkan risiko sebelum memutuskan.',
      'Menyelesaikan masalah berisiko tinggi dan menyiapkan mitigasinya.',
      'Mengambil keputusan strategis jangka panjang yang berdampak luas, hingga tingkat nasional.',
    ],
  },
];

const PEREKAT_BANGSA: DemoCompetency = {
  id: 9,
  code: 'PB',
  name: 'Perekat Bangsa',
  type: 'SOCIO_CULTURAL',
  definition:
    'Kemampuan mempromosikan sikap toleransi, keterbukaan dan peka terhadap perbedaan individu dan kelompok masyarakat.',
  levels: [
    'Peka memahami dan menerima kemajemukan di lingkungan kerja.',
    'Aktif mengembangkan sikap saling menghargai, menekankan persamaan dan persatuan.',
    'Mempromosikan dan mengembangkan sikap toleransi dan persatuan di unit kerja.',
    'Mendayagunakan perbedaan secara konstruktif dan kreatif untuk efektivitas organisasi.',
    'Mewakili pemerintah dalam membangun hubungan sosial psikologis dengan masyarakat yang majemuk.',
  ],
};

/** Technical competencies: name, and the object its descriptors speak of. */
const TECHNICAL: [number, string, string, string][] = [
  [10, 'MPROY', 'Manajemen Proyek', 'proyek'],
  [11, 'DATA', 'Pengelolaan Data', 'pengelolaan data dan statistik sektoral'],
  [12, 'PBJ', 'Pengadaan Barang/Jasa', 'pengadaan barang/jasa pemerintah'],
  [13, 'YANKES', 'Pelayanan Kesehatan Dasar', 'pelayanan kesehatan dasar'],
  [14, 'TKTI', 'Tata Kelola Teknologi Informasi', 'tata kelola SPBE dan teknologi informasi'],
  [15, 'KAMINFO', 'Keamanan Informasi', 'keamanan informasi'],
  [16, 'MSDM', 'Manajemen SDM Aparatur', 'manajemen SDM aparatur'],
  [17, 'AKEB', 'Analisis Kebijakan', 'analisis kebijakan publik'],
  [18, 'RENGAR', 'Perencanaan dan Penganggaran', 'perencanaan dan penganggaran daerah'],
  [19, 'ARSIP', 'Kearsipan', 'kearsipan dan tata naskah dinas'],
  [20, 'KEUDA', 'Pengelolaan Keuangan Daerah', 'pengelolaan keuangan daerah'],
  [21, 'PAPL', 'Pengembangan Aplikasi', 'pengembangan aplikasi'],
];

function technical([id, code, name, subject]: (typeof TECHNICAL)[number]): DemoCompetency {
  return {
    id,
    code,
    name,
    type: 'TECHNICAL',
    definition: `Pengetahuan, keterampilan dan sikap kerja di bidang ${subject}.`,
    levels: [
      `Memahami konsep dasar ${subject} dan menjalankan tugas rutinnya dengan bimbingan.`,
      `Menerapkan prosedur ${subject} secara mandiri pada tugas rutin.`,
      `Menganalisis dan menyelesaikan masalah ${subject} yang kompleks serta membimbing rekan kerja.`,
      `Merancang, mengevaluasi dan menyempurnakan sistem ${subject} di tingkat instansi.`,
      `Menjadi rujukan ${subject} di tingkat daerah dan nasional serta mengembangkan standar dan inovasinya.`,
    ],
  };
}

export const DEMO_COMPETENCIES: DemoCompetency[] = [...MANAGERIAL, PEREKAT_BANGSA, ...TECHNICAL.map(technical)];
