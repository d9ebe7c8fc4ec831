// Indonesian names by region of the demo agencies (Maluku, Mandar, Batak, Aceh), by gender.
import type { Gender } from '../rules/nip.js';
import type { Random } from '@asn/common';

interface NamePool {
  MALE: string[];
  FEMALE: string[];
  family: string[];
}

const POOLS: Record<number, NamePool> = {
  1: {
    MALE: [
      'Hendrik',
      'Johanis',
      'Ferdinand',
      'Marthen',
      'Samuel',
      'Ronald',
      'Abdul Gani',
      'Fadli',
      'Yusuf',
      'Agustinus',
      'Frans',
      'Rizal',
    ],
    FEMALE: [
      'Maria',
      'Yohana',
      'Ruth',
      'Agustina',
      'Grace',
      'Theresia',
      'Nurlela',
      'Siti Hajar',
      'Olivia',
      'Merry',
      'Ince',
      'Fatma',
    ],
    family: [
      'Latuconsina',
      'Pattiasina',
      'Tuhumury',
      'Sahetapy',
      'Matulessy',
      'Leiwakabessy',
      'Wattimena',
      'Tahapary',
      'Lekatompessy',
      'Ohorella',
      'Marasabessy',
      'Tuasikal',
      'Rumahlatu',
      'Pelupessy',
    ],
  },
  2: {
    MALE: [
      'Muhammad Arif',
      'Andi Syamsul',
      'Rahmat',
      'Hamzah',
      'Abdul Rahman',
      'Arifin',
      'Ridwan',
      'Haeruddin',
      'Ansar',
      'Mustari',
      'Jufri',
      'Nasrun',
    ],
    FEMALE: [
      'Hasnawati',
      'Nurhaedah',
      'Sitti Aminah',
      'Hasriani',
      'Mardiana',
      'Andi Nurul',
      'Rosdiana',
      'Herlina',
      'Suriani',
      'Nurjannah',
      'Ramlah',
      'Hasmiah',
    ],
    family: [
      'Basri',
      'Rahman',
      'Saleh',
      'Mandar',
      'Lato',
      'Maraqdia',
      'Tahir',
      'Sudirman',
      'Djalaluddin',
      'Kamaruddin',
      'Tamrin',
      'Muhtar',
    ],
  },
  3: {
    MALE: [
      'Roy',
      'Lamhot',
      'Jonner',
      'Dorlan',
      'Hotma',
      'Parlindungan',
      'Ramses',
      'Bintang',
      'Togar',
      'Marudut',
      'Sahat',
      'Benny',
    ],
    FEMALE: [
      'Tiurma',
      'Rosmawati',
      'Herlina',
      'Sondang',
      'Lasma',
      'Juliana',
      'Rotua',
      'Dameria',
      'Nurmaida',
      'Risma',
      'Tetty',
      'Evalina',
    ],
    family: [
      'Simanjuntak',
      'Siregar',
      'Nainggolan',
      'Sinaga',
      'Damanik',
      'Purba',
      'Saragih',
      'Sitorus',
      'Manurung',
      'Hutapea',
      'Pardede',
      'Silalahi',
      'Tambunan',
      'Girsang',
    ],
  },
  4: {
    MALE: [
      'Teuku Zulkifli',
      'Muhammad Fauzan',
      'Safrizal',
      'Mukhlis',
      'Rizki',
      'Husaini',
      'Teuku Irwan',
      'Bukhari',
      'Marzuki',
      'Azhari',
      'Iskandar',
      'Munawar',
    ],
    FEMALE: [
      'Cut Nurul',
      'Rahmawati',
      'Yusniar',
      'Syarifah',
      'Cut Mutia',
      'Nurhayati',
      'Fitriani',
      'Zahrina',
      'Rosnani',
      'Maulidar',
      'Nurul Huda',
      'Salmiah',
    ],
    family: [
      'Ibrahim',
      'Abdullah',
      'Hasan',
      'Yusuf',
      'Ismail',
      'Daud',
      'Usman',
      'Ali',
      'Hamid',
      'Syam',
      'Nyak Umar',
      'Basyah',
    ],
  },
};

export function demoName(agencyId: number, gender: Gender, random: Random): string {
  const pool = POOLS[agencyId]!;
  return `${random.pick(pool[gender])} ${random.pick(pool.family)}`;
}

/** Academic title after the name, by education and field. */
export function withTitle(name: string, education: string, field: 'health' | 'teaching' | 'it' | 'general'): string {
  const bachelor = { health: 'S.Kep.', teaching: 'S.Pd.', it: 'S.Kom.', general: 'S.Sos.' }[field];
  switch (education) {
    case 'S2':
      return `${name}, ${bachelor} M.Si.`;
    case 'S1':
    case 'D4':
      return `${name}, ${bachelor}`;
    case 'D3':
      return `${name}, ${field === 'health' ? 'A.Md.Kep.' : 'A.Md.'}`;
    default:
      return name;
  }
}
