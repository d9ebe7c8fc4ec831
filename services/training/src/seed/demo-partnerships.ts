// Demo cooperation agreements, four per agency, dated from today so each status shows: the local university's MoU,
// used (a public lecture, the IT internship placement, degree places); a PKS with the province's BPSDM lapsing soon;
// an agreement with a polytechnic nobody has used for months; a hospital PKS that lapsed. The seeds' partnerships.
import type { PartnershipActivity } from '../entities/partnership-activity.entity.js';
import type { Partnership } from '../entities/partnership.entity.js';
import { addDays } from './demo-sessions.js';

export interface DemoPartnership {
  partnership: Omit<Partnership, 'id' | 'providerId'> & { providerName: string | null };
  activities: (Omit<PartnershipActivity, 'id' | 'partnershipId' | 'placementId'> & { placementIndex?: number })[];
}

/** Per agency: [the local university (a catalog provider), the province's BPSDM, a polytechnic, a hospital]. */
const PARTNERS: Record<number, [string, string, string, string]> = {
  1: ['Universitas Pattimura', 'BPSDM Provinsi Maluku', 'Politeknik Negeri Ambon', 'RSUD dr. M. Haulussy Ambon'],
  2: [
    'Universitas Tomakaka Mamuju',
    'BPSDM Provinsi Sulawesi Barat',
    'Politeknik Negeri Ujung Pandang',
    'RSUD Provinsi Sulawesi Barat',
  ],
  3: [
    'Universitas Sumatera Utara',
    'BPSDM Provinsi Sumatera Utara',
    'Politeknik Negeri Medan',
    'RSUD dr. Djasamen Saragih',
  ],
  4: ['Universitas Syiah Kuala', 'BPSDM Aceh', 'Politeknik Aceh', 'RSUD Kota Sabang'],
};
const CITY: Record<number, string> = { 1: 'AMB', 2: 'MMJ', 3: 'PSR', 4: 'SAB' };
const CONTACTS = ['Dr. Ir. Johan Tupamahu, M.Si.', 'Dra. Rahmawati Said', 'Ir. Teuku Hasan, M.T.', 'dr. Sri Wahyuni'];

/** The university's IT internship is the third demo placement of each agency (demo-placements.ts). */
const PLACEMENTS_PER_AGENCY = 5;
const IT_INTERNSHIP = 2;

export function demoPartnerships(today: string): DemoPartnership[] {
  return [1, 2, 3, 4].flatMap((agencyId): DemoPartnership[] => {
    const [university, bpsdm, polytechnic, hospital] = PARTNERS[agencyId]!;
    const number = (kind: string, index: number) => `${index}/${kind}/${CITY[agencyId]}/${today.slice(0, 4)}`;
    const contact = (index: number) => ({
      contactName: CONTACTS[(agencyId + index) % CONTACTS.length]!,
      contactInfo: `0812-${String(5000 + agencyId * 100 + index).padStart(4, '0')}-11`,
    });
    return [
      {
        partnership: {
          agencyId,
          partnerName: university,
          partnerKind: 'UNIVERSITY',
          providerName: university,
          agreementKind: 'MOU',
          documentNumber: number('MOU', 12),
          scope: 'Kuliah umum, penelitian bersama, magang ASN dan kursi tugas belajar S2 Administrasi Publik.',
          startsOn: addDays(today, -730),
          endsOn: addDays(today, 1095),
          endedOn: null,
          ...contact(0),
        },
        activities: [
          {
            kind: 'PUBLIC_LECTURE',
            title: 'Kuliah umum transformasi digital pelayanan publik',
            heldOn: addDays(today, -45),
            participants: 60,
            note: null,
          },
          {
            kind: 'INTERNSHIP',
            title: 'Magang pengembangan aplikasi layanan publik',
            heldOn: addDays(today, -70),
            participants: 1,
            note: 'Dicatat sebagai magang pegawai.',
            placementIndex: (agencyId - 1) * PLACEMENTS_PER_AGENCY + IT_INTERNSHIP,
          },
          {
            kind: 'DEGREE_PLACES',
            title: 'Kursi tugas belajar S2 Administrasi Publik',
            heldOn: addDays(today, -400),
            participants: 3,
            note: null,
          },
        ],
      },
      {
        partnership: {
          agencyId,
          partnerName: bpsdm,
          partnerKind: 'TRAINING_INSTITUTE',
          providerName: bpsdm,
          agreementKind: 'PKS',
          documentNumber: number('PKS', 7),
          scope: 'Penyelenggaraan pelatihan teknis dan Latsar CPNS bersama.',
          startsOn: addDays(today, -1035),
          endsOn: addDays(today, 60),
          endedOn: null,
          ...contact(1),
        },
        activities: [
          {
            kind: 'TRAINING',
            title: 'Bimbingan teknis penyusunan anggaran',
            heldOn: addDays(today, -95),
            participants: 25,
            note: null,
          },
        ],
      },
      {
        partnership: {
          agencyId,
          partnerName: polytechnic,
          partnerKind: 'UNIVERSITY',
          providerName: null,
          agreementKind: 'MOU',
          documentNumber: number('MOU', 3),
          scope: 'Penelitian terapan dan magang mahasiswa di perangkat daerah.',
          startsOn: addDays(today, -600),
          endsOn: addDays(today, 1225),
          endedOn: null,
          ...contact(2),
        },
        activities: [
          {
            kind: 'JOINT_RESEARCH',
            title: 'Kajian kebutuhan jaringan internet kantor kelurahan',
            heldOn: addDays(today, -260),
            participants: 4,
            note: 'Laporan akhir diserahkan ke Bappeda.',
          },
        ],
      },
      {
        partnership: {
          agencyId,
          partnerName: hospital,
          partnerKind: 'OTHER',
          providerName: null,
          agreementKind: 'PKS',
          documentNumber: number('PKS', 21),
          scope: 'Magang tenaga kesehatan puskesmas di rumah sakit rujukan.',
          startsOn: addDays(today, -770),
          endsOn: addDays(today, -40),
          endedOn: null,
          ...contact(3),
        },
        activities: [
          {
            kind: 'INTERNSHIP',
            title: 'Magang perawat puskesmas di instalasi gawat darurat',
            heldOn: addDays(today, -300),
            participants: 6,
            note: null,
          },
        ],
      },
    ];
  });
}
