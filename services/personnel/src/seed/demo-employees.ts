// 300 employees, 75 per agency (ids (agency-1)*75 + j), with valid NIPs, golongan within their position's range,
// managers (the head of their unit), ratings. Employees 1-5 are born first, so they lead the NIP order
// (the other subgraphs' seeds give them enrolments and certificates).
import type { Employee } from '../entities/employee.entity.js';
import type { EducationLevel } from '../rules/education.js';
import { golonganRank } from '../rules/golongan.js';
import type { Gender } from '../rules/nip.js';
import type { PerformancePredikat } from '../rules/talent-box.js';
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

/** Birth years by seniority of the post; the first five of agency 1 get the earliest dates of all. */
const BIRTH_YEARS: Record<string, [number, number]> = {
  JPT_PRATAMA: [1968, 1974],
  ADMINISTRATOR: [1970, 1979],
  PENGAWAS: [1975, 1985],
  AHLI_MADYA: [1970, 1978],
  AHLI_MUDA: [1978, 1988],
  AHLI_PERTAMA: [1988, 1997],
  PENYELIA: [1976, 1984],
  TERAMPIL: [1986, 1998],
  PELAKSANA: [1975, 1998],
};
const FIRST_FIVE_BIRTHS = ['1966-03-14', '1966-08-01', '1967-02-11', '1967-06-25', '1967-10-30'];

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

function educationFor(position: DemoPosition, random: Random): EducationLevel {
  if (position.kind === 'JPT_PRATAMA') return 'S2';
  if (position.kind === 'ADMINISTRATOR' || position.level === 'AHLI_MADYA') return random.chance(0.5) ? 'S2' : 'S1';
  if (position.level === 'TERAMPIL' || position.level === 'PENYELIA') return random.chance(0.8) ? 'D3' : 'S1';
  if (position.kind === 'PELAKSANA') return random.pick(['SMA', 'SMA', 'D3', 'S1'] as const);
  return random.chance(0.85) ? 'S1' : 'S2';
}

function fieldOf(position: DemoPosition): 'health' | 'teaching' | 'it' | 'general' {
  if (position.unitK === 8 || position.unitK === 9) return 'health';
  if (position.unitK === 10) return 'teaching';
  if ([4, 5, 6, 7].includes(position.unitK)) return 'it';
  return 'general';
}

function predikat(random: Random): PerformancePredikat {
  const roll = random.next();
  if (roll < 0.2) return 'SANGAT_BAIK';
  if (roll < 0.8) return 'BAIK';
  if (roll < 0.92) return 'BUTUH_PERBAIKAN';
  return roll < 0.98 ? 'KURANG' : 'SANGAT_KURANG';
}

export function demoEmployees(agencyId: number): Employee[] {
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
    const employeeType = !isHead && random.chance(0.2) ? 'PPPK' : 'PNS';
    const appointmentYear = Math.min(
      2024,
      birthYear + (employeeType === 'PPPK' ? random.int(28, 34) : random.int(23, 29)),
    );
    const gender: Gender = random.chance(position.unitK === 9 ? 0.75 : 0.45) ? 'FEMALE' : 'MALE';
    const nip = `${birthDate.replace(/-/g, '')}${appointmentYear}${pad(random.int(1, 12))}${gender === 'MALE' ? 1 : 2}${pad(id, 3)}`;
    const education = educationFor(position, random);
    const golongan = random.int(golonganRank(position.golongan[0]), golonganRank(position.golongan[1]));
    const sinceYear = Math.min(2025, Math.max(appointmentYear + 1, 2026 - random.int(1, 9)));
    const headJ = HEAD_OF_UNIT[unitK]!;
    const parentK = UNIT_TREE[unitK - 1]!.parent;
    // A head reports to the head of the parent unit; everyone else to the head of their own unit.
    const managerJ = headJ === j ? (parentK === null ? null : HEAD_OF_UNIT[parentK]!) : headJ;
    return {
      id,
      nip,
      name: withTitle(demoName(agencyId, gender, random), education, fieldOf(position)),
      employeeType,
      agencyId,
      unitId: unitId(agencyId, unitK),
      positionId: positionId(agencyId, positionK),
      managerId: managerJ === null || managerJ === j ? null : employeeId(agencyId, managerJ),
      golonganRank: golongan,
      education,
      positionSince: `${sinceYear}-${pad(random.int(1, 12))}-01`,
      performancePredikat: random.chance(0.95) ? predikat(random) : null,
      potentialScore: random.int(42, 96),
      version: 1,
    };
  });
}
