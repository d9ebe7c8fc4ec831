// Demo internships and secondments, a few per agency at hosts near it, dated from today: two completed (their JP
// and evidence count), one ended and awaiting its closing report, one awaiting a decision, one refused. The unit-6
// ones (Bidang Aplikasi Informatika in each agency's layout) are the demo manager's people's.
import type { PlacementCompetency } from '../entities/placement-competency.entity.js';
import type { Placement } from '../entities/placement.entity.js';
import { addDays } from './demo-sessions.js';

export interface DemoPlacement {
  placement: Omit<Placement, 'id'>;
  competencies: Omit<PlacementCompetency, 'id' | 'placementId'>[];
}

/** Per agency: [a host for a magang, one for a detasering, one for an IT internship]. */
const HOSTS: Record<number, [string, string, string]> = {
  1: ['RSUD dr. M. Haulussy Ambon', 'Dinas Kominfo Provinsi Maluku', 'Universitas Pattimura'],
  2: ['RSUD Provinsi Sulawesi Barat', 'Dinas Kominfo Provinsi Sulawesi Barat', 'Universitas Tomakaka Mamuju'],
  3: ['Bagian Organisasi Pemerintah Kota Medan', 'Dinas Kominfo Provinsi Sumatera Utara', 'Universitas Sumatera Utara'],
  4: [
    'Badan Pengusahaan Kawasan Sabang',
    'Dinas Komunikasi, Informatika dan Persandian Aceh',
    'Universitas Syiah Kuala',
  ],
};
const SUPERVISORS = [
  'Dr. Maria Latuconsina',
  'Ir. Hendra Simanjuntak, M.T.',
  'Drs. Yusuf Rahman',
  'Nurhayati, S.Kom., M.Cs.',
];

type Row = [
  localId: number,
  kind: Placement['kind'],
  host: 0 | 1 | 2,
  start: number,
  days: number,
  jp: number,
  status: Placement['status'],
  goals: string,
  competencies: [number, number][],
];

/** Starts are days from today; the employees are by their place in the agency (1–75), away from the demo users. */
const ROWS: Row[] = [
  [
    40,
    'MAGANG',
    0,
    -209,
    90,
    160,
    'COMPLETED',
    'Mempelajari standar pelayanan dan penanganan pengaduan.',
    [
      [5, 3],
      [2, 3],
    ],
  ],
  [
    52,
    'DETASERING',
    1,
    -480,
    180,
    320,
    'COMPLETED',
    'Membantu penyusunan arsitektur SPBE provinsi.',
    [
      [14, 3],
      [10, 3],
    ],
  ],
  [20, 'MAGANG', 2, -70, 60, 120, 'APPROVED', 'Belajar pengembangan aplikasi layanan publik.', [[21, 3]]],
  [
    19,
    'MAGANG',
    1,
    30,
    30,
    80,
    'PROPOSED',
    'Mempelajari pengelolaan pusat data dan keamanan informasi.',
    [
      [15, 2],
      [11, 2],
    ],
  ],
  [65, 'DETASERING', 0, 45, 120, 240, 'REJECTED', 'Penugasan di unit layanan informasi rumah sakit.', [[13, 2]]],
];

export function demoPlacements(today: string): DemoPlacement[] {
  return [1, 2, 3, 4].flatMap((agencyId) =>
    ROWS.map(([local, kind, host, start, days, jp, status, goals, competencies], index) => {
      const startsOn = addDays(today, start);
      const endsOn = addDays(startsOn, days - 1);
      const proposedOn = addDays(startsOn, -30);
      const decided = status !== 'PROPOSED';
      return {
        placement: {
          agencyId,
          employeeId: 75 * (agencyId - 1) + local,
          kind,
          hostOrganisation: HOSTS[agencyId]![host],
          supervisorName: SUPERVISORS[(agencyId + index) % SUPERVISORS.length]!,
          supervisorContact: `0811-${String(4000 + agencyId * 100 + index).padStart(4, '0')}-021`,
          startsOn,
          endsOn,
          jp,
          goals,
          status,
          proposedOn,
          decidedOn: decided ? addDays(proposedOn, 7) : null,
          rejectionReason:
            status === 'REJECTED' ? 'Bertepatan dengan audit kinerja unit; ajukan kembali semester depan.' : null,
          report:
            status === 'COMPLETED'
              ? 'Seluruh target kegiatan tercapai; laporan akhir dan rencana penerapan di unit telah diserahkan.'
              : null,
          hostAssessment: status === 'COMPLETED' ? (index === 0 ? 'BAIK' : 'SANGAT_BAIK') : null,
          completedOn: status === 'COMPLETED' ? addDays(endsOn, 14) : null,
        },
        competencies: competencies.map(([competencyId, targetLevel]) => ({ competencyId, targetLevel })),
      };
    }),
  );
}
