// Career ladders within each agency (by position k), a few mentorships, and the demo sign-in users.
import type { CareerLadderEdge } from '../entities/career-ladder-edge.entity.js';
import type { MentorshipLogEntry } from '../entities/mentorship-log-entry.entity.js';
import type { Mentorship } from '../entities/mentorship.entity.js';
import type { UserAccount } from '../entities/user-account.entity.js';
import type { EducationLevel } from '../rules/education.js';
import type { CareerMoveKindValue } from '../types/career-move-kind.enum.js';
import { employeeId } from './demo-employees.js';
import type { DemoAgency } from './demo-organisation.js';
import { positionId } from './demo-positions.js';

/** from k, to k, kind, years, leadership training, education (docs/domain.md, "Requirements of a move"). */
const LADDER: [number, number, CareerMoveKindValue, number, string | null, EducationLevel | null][] = [
  [12, 5, 'VERTICAL', 4, 'PKP', 'D3'],
  [12, 7, 'DIAGONAL', 2, null, 'S1'],
  [7, 8, 'VERTICAL', 2, null, null],
  [8, 4, 'DIAGONAL', 3, 'PKA', 'S1'],
  [8, 14, 'DIAGONAL', 3, 'PKA', 'S1'],
  [5, 4, 'VERTICAL', 3, 'PKA', 'S1'],
  [6, 3, 'VERTICAL', 3, 'PKA', 'S1'],
  [5, 6, 'HORIZONTAL', 2, null, null],
  [4, 14, 'HORIZONTAL', 2, null, null],
  [4, 2, 'VERTICAL', 2, 'PKN_II', 'S1'],
  [3, 2, 'VERTICAL', 2, 'PKN_II', 'S1'],
  [14, 2, 'VERTICAL', 2, 'PKN_II', 'S1'],
  // Procurement Ahli Pertama moves up one level to a Pengawas post, and from there to Kepala Bagian.
  [9, 6, 'DIAGONAL', 3, 'PKP', 'S1'],
  [6, 13, 'VERTICAL', 3, 'PKA', 'S1'],
  [10, 19, 'DIAGONAL', 3, 'PKA', 'S1'],
  [11, 22, 'VERTICAL', 4, null, null],
  [21, 1, 'DIAGONAL', 2, 'PKN_II', 'S1'],
];

export function demoLadder(agencyId: number): Omit<CareerLadderEdge, 'id'>[] {
  return LADDER.map(([from, to, kind, years, training, education]) => ({
    agencyId,
    fromPositionId: positionId(agencyId, from),
    toPositionId: positionId(agencyId, to),
    kind,
    minYearsInPosition: years,
    minGolonganRank: null,
    leadershipTrainingCode: training,
    requiredEducation: education,
  }));
}

type Ending = Pick<Mentorship, 'outcome' | 'outcomeNote'>;
type LogLine = Pick<MentorshipLogEntry, 'heldOn' | 'kind' | 'note'>;
const RUNNING: Ending = { outcome: null, outcomeNote: null };

/** mentor j, mentee j, start, end, focus competency ids, outcome, log. */
const MENTORSHIPS: [number, number, string, string | null, number[], Ending, LogLine[]][] = [
  [
    4,
    14,
    '2026-02-01',
    null,
    [21, 7],
    RUNNING,
    [
      { heldOn: '2026-02-05', kind: 'MEETING', note: 'Menyepakati tujuan: memimpin satu rilis aplikasi layanan.' },
      { heldOn: '2026-04-14', kind: 'MEETING', note: 'Meninjau rencana proyek dan risiko bersama tim.' },
      { heldOn: '2026-09-02', kind: 'NOTE', note: 'Mentee memimpin rapat koordinasi rilis secara mandiri.' },
    ],
  ],
  [12, 28, '2026-03-01', null, [16, 6], RUNNING, []],
  [10, 33, '2026-01-15', null, [13, 5], RUNNING, []],
  [
    2,
    5,
    '2024-01-08',
    '2024-12-20',
    [8],
    { outcome: 'ACHIEVED', outcomeNote: 'Mentee menyusun kajian keputusan teknis secara mandiri.' },
    [{ heldOn: '2024-03-11', kind: 'MEETING', note: 'Membahas cara membandingkan alternatif keputusan.' }],
  ],
];

export function demoMentorships(
  agencyId: number,
): { mentorship: Omit<Mentorship, 'id'>; focus: number[]; log: LogLine[] }[] {
  return MENTORSHIPS.map(([mentor, mentee, startsOn, endsOn, focus, ending, log]) => ({
    mentorship: {
      agencyId,
      mentorId: employeeId(agencyId, mentor),
      menteeId: employeeId(agencyId, mentee),
      startsOn,
      endsOn,
      ...ending,
    },
    focus,
    log,
  }));
}

/** Username prefix of each unit head, by j (see HEAD_OF_UNIT). */
const MANAGER_USERNAMES: [number, string][] = [
  [1, 'sekda'],
  [2, 'kadis.kominfo'],
  [3, 'sekdis.kominfo'],
  [4, 'kabid.aplikasi'],
  [7, 'kabag.pbj'],
  [8, 'kabid.data'],
  [9, 'kadis.kesehatan'],
  [10, 'kapus'],
  [11, 'kadis.pendidikan'],
  [12, 'kaban.bkpsdm'],
  [13, 'kabid.bangkom'],
];
/** The administrator is an Analis SDM Aparatur of BKPSDM; ASN users hold various posts. */
const ADMIN_J = 31;
const ASN_JS = [14, 33, 46, 59, 24];

export function demoUsers(agency: DemoAgency, nameOf: (id: number) => string): Omit<UserAccount, 'id'>[] {
  const user = (username: string, role: UserAccount['role'], j: number) => {
    const id = employeeId(agency.id, j);
    return { username, displayName: nameOf(id), role, agencyId: agency.id, employeeId: id };
  };
  return [
    user(`admin.${agency.slug}`, 'ADMIN', ADMIN_J),
    ...MANAGER_USERNAMES.map(([j, prefix]) => user(`${prefix}.${agency.slug}`, 'MANAGER', j)),
    ...ASN_JS.map((j, index) => user(`asn.${agency.slug}.${index + 1}`, 'ASN', j)),
  ];
}
