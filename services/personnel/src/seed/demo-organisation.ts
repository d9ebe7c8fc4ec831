// Agencies and units of the demo, with the ids the three seeds share (docs/architecture.md).

export const DEMO_AGENCIES = [
  {
    id: 1,
    name: 'Pemerintah Kota Ambon',
    province: 'Maluku',
    slug: 'ambon',
    region: 'Kota Ambon',
    timeZone: 'Asia/Jayapura',
  },
  {
    id: 2,
    name: 'Pemerintah Kabupaten Mamuju',
    province: 'Sulawesi Barat',
    slug: 'mamuju',
    timeZone: 'Asia/Makassar',
    region: 'Kabupaten Mamuju',
  },
  {
    id: 3,
    name: 'Pemerintah Kota Pematangsiantar',
    province: 'Sumatera Utara',
    slug: 'pematangsiantar',
    timeZone: 'Asia/Jakarta',
    region: 'Kota Pematangsiantar',
  },
  {
    id: 4,
    name: 'Pemerintah Kota Sabang',
    province: 'Aceh',
    slug: 'sabang',
    region: 'Kota Sabang',
    timeZone: 'Asia/Jakarta',
  },
] as const;

export type DemoAgency = (typeof DEMO_AGENCIES)[number];

/** Units by k (1-12): name and parent k; id = (agency - 1) * 12 + k. */
export const UNIT_TREE: { k: number; name: (agency: DemoAgency) => string; parent: number | null }[] = [
  { k: 1, name: (agency) => agency.name, parent: null },
  { k: 2, name: () => 'Sekretariat Daerah', parent: 1 },
  { k: 3, name: () => 'Bagian Pengadaan Barang/Jasa', parent: 2 },
  { k: 4, name: () => 'Dinas Komunikasi dan Informatika', parent: 1 },
  { k: 5, name: () => 'Sekretariat Dinas Kominfo', parent: 4 },
  { k: 6, name: () => 'Bidang Aplikasi Informatika', parent: 4 },
  { k: 7, name: () => 'Bidang Pengelolaan Data dan Statistik', parent: 4 },
  { k: 8, name: () => 'Dinas Kesehatan', parent: 1 },
  { k: 9, name: () => 'Puskesmas', parent: 8 },
  { k: 10, name: () => 'Dinas Pendidikan', parent: 1 },
  { k: 11, name: () => 'BKPSDM', parent: 1 },
  { k: 12, name: () => 'Bidang Pengembangan Kompetensi', parent: 11 },
];

export const unitId = (agencyId: number, k: number) => (agencyId - 1) * 12 + k;
