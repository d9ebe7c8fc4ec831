// 300 employees, 75 per agency (ids (agency-1)*75 + j), with valid NIPs (NI PPPK for PPPK), golongan within their
// position's range, managers (the head of their unit) and the histories behind them (demo-histories.ts): the
// employee's golongan, post and predikat are the latest entries. Nobody is past the retirement age of their post.
// Employees 1-5 are born first, so they lead the NIP order (the other subgraphs' seeds give them enrolments and
// certificates).
import type { EducationHistory } from '../entities/education-history.entity.js';
import type { Employee } from '../entities/employee.entity.js';
import type { PerformanceRating } from '../entities/performance-rating.entity.js';
import type { PositionHistory } from '../entities/position-history.entity.js';
import type { RankHistory } from '../entities/rank-history.entity.js';
import type { EducationLevel } from '../rules/education.js';
import type { Gender } from '../rules/nip.js';
import { demoCareer, demoEducation, demoPosts } from './demo-histories.js';
import { demoName, withTitle } from './demo-names.js';
import { unitId, UNIT_TREE } from './demo-organisation.js';
import { DEMO_POSITIONS, positionId, type DemoPosition } from './demo-positions.js';
import { createRandom, type Random } from '@asn/common';

export const EMPLOYEES_PER_AGENCY = 75;
export const employeeId = (agencyId: number, j: number) => (agencyId - 1) * EMPLOYEES_PER_AGENCY + j;

/** Who holds what, by j: [position k, unit k]. j 1-13 are the unit heads. */
const STAFFING: [number, number][] = [
  [1, 2],
  [2, 4],
  [3, 5],
  [4, 6],
  [5, 7],
  [6, 5],
  [13, 3],
  [14, 7],
  [15, 8],
  [16, 9],
  [17, 10],
  [18, 11],
  [19, 12],
  ...[6, 6, 6, 7, 7, 6].map((u): [number, number] => [7, u]),
  ...[6, 6, 7, 7].map((u): [number, number] => [8, u]),
  ...[3, 3, 3, 3].map((u): [number, number] => [9, u]),
  ...[12, 12, 12, 11, 11].map((u): [number, number] => [10, u]),
  ...Array.from({ length: 10 }, (): [number, number] => [11, 9]),
  ...Array.from({ length: 3 }, (): [number, number] => [22, 9]),
  ...Array.from({ length: 10 }, (): [number, number] => [20, 10]),
  ...Array.from({ length: 3 }, (): [number, number] => [21, 2]),
  ...Array.from({ length: 17 }, (_, i): [number, number] => [12, [2, 5, 8, 10, 11, 3, 6, 7, 12, 9][i % 10]!]),
];

/** The j of each unit's head, by unit k (the Sekda heads both the root and the Sekretariat Daerah). */
export const HEAD_OF_UNIT: Record<number, number> = {
  1: 1,
  2: 1,
  3: 7,
  4: 2,
  5: 3,
  6: 4,
  7: 8,
  8: 9,
  9: 10,
  10: 11,
  11: 12,
  12: 13,
};

/**
 * Birth years by seniority of the post, so that nobody is past the retirement age of their post in 2026 (58, or 60
 * for JPT and Ahli Madya); the first five of agency 1 get the earliest dates of all.
 */
const BIRTH_YEARS: Record<string, [number, number]> = {
  JPT_PRATAMA: [1970, 1975],
  ADMINISTRATOR: [1970, 1980],
  PENGAWAS: [1975, 1986],
  AHLI_MADYA: [1970, 1978],
  AHLI_MUDA: [1978, 1990],
  AHLI_PERTAMA: [1988, 1998],
  MAHIR: [1980, 1990],
  TERAMPIL: [1986, 1999],
  PELAKSANA: [1972, 1999],
};
const FIRST_FIVE_BIRTHS = ['1967-03-14', '1967-08-01', '1969-01-11', '1969-02-25', '1969-10-30'];

/** Earlier posts by position k, most recent first: the ladder's steps below the post, never skipping a level. */
const PREVIOUS_POSTS: Record<number, number[]> = {
  1: [3, 6],
  2: [4, 5],
  3: [6, 12],
  4: [5, 12],
  5: [12],
  6: [12],
  8: [7],
  10: [12],
  13: [6, 12],
  14: [5, 12],
  15: [16],
  16: [11],
  17: [3, 6],
  18: [19, 10],
  19: [10],
  21: [4, 5],
  22: [11],
};

/** An employee and the history rows behind the record (the rows' employeeId is the employee's id). */
export interface DemoRecord {
  employee: Employee;
  ranks: Omit<RankHistory, 'id'>[];
  posts: Omit<PositionHistory, 'id'>[];
  ratings: Omit<PerformanceRating, 'id' | 'ratedBy'>[];
  education: Omit<EducationHistory, 'id'>[];
}

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

function educationFor(position: DemoPosition, random: Random): EducationLevel {
  if (position.kind === 'JPT_PRATAMA') return 'S2';
  if (position.kind === 'ADMINISTRATOR' || position.level === 'AHLI_MADYA') return random.chance(0.5) ? 'S2' : 'S1';
  if (position.level === 'TERAMPIL' || position.level === 'MAHIR') return random.chance(0.8) ? 'D3' : 'S1';
  // Most pelaksana today hold a diploma or a degree (BKN's 2021 profile: 68% of PNS are graduates).
  if (position.kind === 'PELAKSANA') return random.pick(['SMA', 'D3', 'S1', 'S1', 'S1'] as const);
  return random.chance(0.85) ? 'S1' : 'S2';
}

function fieldOf(position: DemoPosition): 'health' | 'teaching' | 'it' | 'general' {
  if (position.unitK === 8 || position.unitK === 9) return 'health';
  if (position.unitK === 10) return 'teaching';
  if ([4, 5, 6, 7].includes(position.unitK)) return 'it';
  return 'general';
}

export function demoEmployees(agencyId: number): Employee[] {
  return demoRecords(agencyId).map((record) => record.employee);
}

export function demoRecords(agencyId: number): DemoRecord[] {
  const random = createRandom(7919 * agencyId);
  return STAFFING.map(([positionK, unitK], index) => {
    const j = index + 1;
    const id = employeeId(agencyId, j);
    const position = DEMO_POSITIONS[positionK - 1]!;
    const [low, high] = BIRTH_YEARS[position.level ?? position.kind]!;
    const birthDate =
      id <= 5
        ? FIRST_FIVE_BIRTHS[id - 1]!
        : `${random.int(low, high)}-${pad(random.int(1, 12))}-${pad(random.int(1, 28))}`;
    const birthYear = Number(birthDate.slice(0, 4));
    const isHead = j <= 13;
    // PPPK serve in JF and pelaksana posts, not as unit heads.
    const employeeType = !isHead && random.chance(0.2) ? 'PPPK' : 'PNS';
    const gender: Gender = random.chance(position.unitK === 9 ? 0.75 : 0.45) ? 'FEMALE' : 'MALE';
    const education = educationFor(position, random);
    // Nurses start on a D3; most master's degrees are earned while serving.
    const startEducation =
      position.level === 'TERAMPIL' || position.level === 'MAHIR'
        ? 'D3'
        : education === 'S2' && random.chance(0.8)
          ? 'S1'
          : education;
    const career = demoCareer(
      { employeeType, birthYear, position, education, startEducation, decreePrefix: `800/${pad(id, 3)}/BKPSDM` },
      random,
    );
    const appointmentYear = Number(career.appointment.slice(0, 4));
    // A PNS NIP carries the TMT CPNS month; an NI PPPK the appointment year and two digits that are not a month.
    const middle = employeeType === 'PPPK' ? `${appointmentYear}21` : career.appointment.slice(0, 7).replace('-', '');
    const nip = `${birthDate.replace(/-/g, '')}${middle}${gender === 'MALE' ? 1 : 2}${pad(id, 3)}`;
    const sinceYear = Math.min(2025, Math.max(appointmentYear + 1, 2026 - random.int(1, 9)));
    const positionSince = employeeType === 'PPPK' ? career.appointment : `${sinceYear}-${pad(random.int(1, 12))}-01`;
    const headJ = HEAD_OF_UNIT[unitK]!;
    const parentK = UNIT_TREE[unitK - 1]!.parent;
    // A head reports to the head of the parent unit; everyone else to the head of their own unit.
    const managerJ = headJ === j ? (parentK === null ? null : HEAD_OF_UNIT[parentK]!) : headJ;
    const current = { positionId: positionId(agencyId, positionK), unitId: unitId(agencyId, unitK) };
    const predecessors = (employeeType === 'PPPK' ? [] : (PREVIOUS_POSTS[positionK] ?? [])).map((k) => ({
      positionId: positionId(agencyId, k),
      unitId: unitId(agencyId, DEMO_POSITIONS[k - 1]!.unitK),
    }));
    const posts = demoPosts(career.appointment, positionSince, current, predecessors, random);
    const employee: Employee = {
      id,
      nip,
      name: withTitle(demoName(agencyId, gender, random), education, fieldOf(position)),
      employeeType,
      agencyId,
      unitId: current.unitId,
      positionId: current.positionId,
      managerId: managerJ === null || managerJ === j ? null : employeeId(agencyId, managerJ),
      golonganRank: career.rank,
      education,
      positionSince,
      performancePredikat: career.ratings.at(-1)?.predikat ?? null,
      potentialScore: random.int(42, 96),
      version: 1,
    };
    const withId = <T>(rows: T[]) => rows.map((row) => ({ ...row, employeeId: id }));
    return {
      employee,
      ranks: withId(career.ranks),
      posts: withId(posts),
      ratings: withId(career.ratings),
      education: withId(
        demoEducation(agencyId, birthYear, { education, startEducation }, fieldOf(position), appointmentYear),
      ),
    };
  });
}
