// A believable career behind each demo employee: appointment at an age fitting the education, the starting golongan
// of that education (domain.md's defaults), a regular promotion every 4 years (sometimes 5, on the 1 April or
// 1 October rounds) up to the rank held, earlier posts from the ladder below the current one, one predikat a year
// since appointment, and the schooling that led there. PPPK: appointed 2021 or later, one PPPK grade by the post.
import type { EducationHistory } from '../entities/education-history.entity.js';
import type { PerformanceRating } from '../entities/performance-rating.entity.js';
import type { PositionHistory } from '../entities/position-history.entity.js';
import type { RankHistory } from '../entities/rank-history.entity.js';
import type { EducationLevel } from '../rules/education.js';
import { golonganRank } from '../rules/golongan.js';
import { PPPK_GRADE_BY_LEVEL } from '../rules/position-rank-minimum.js';
import type { PerformancePredikat } from '../rules/talent-box.js';
import type { Random } from '@asn/common';
import type { DemoPosition } from './demo-positions.js';

/** The seeds' fixed "now": the last completed rating year is the one before. */
export const SEED_YEAR = 2026;
const LAST_ROUND = `${SEED_YEAR}-10-01`;

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/** Starting golongan by education at appointment (domain.md, default for demo data). */
const START_RANK: Partial<Record<EducationLevel, number>> = {
  SD: golonganRank('I_A'),
  SMP: golonganRank('I_C'),
  SMA: golonganRank('II_A'),
  D1: golonganRank('II_A'),
  D2: golonganRank('II_B'),
  D3: golonganRank('II_C'),
  D4: golonganRank('III_A'),
  S1: golonganRank('III_A'),
  S2: golonganRank('III_B'),
  S3: golonganRank('III_C'),
};
/** Youngest age at appointment after each education. */
const FIRST_AGE: Partial<Record<EducationLevel, number>> = { SMA: 19, D3: 22, S1: 23, S2: 25, S3: 29 };

/** PPPK grade by post: the JF level's lowest grade; pelaksana by education (SMA V, D3 VII, S1 IX). */
export function pppkGradeFor(position: DemoPosition, education: EducationLevel): number {
  if (position.level) return PPPK_GRADE_BY_LEVEL[position.level];
  return education === 'SMA' ? 5 : education === 'D3' ? 7 : 9;
}

/** Real SKP results are mostly Baik: about 15% Sangat Baik, 78% Baik, the rest below. */
function predikat(random: Random): PerformancePredikat {
  const roll = random.next();
  if (roll < 0.15) return 'SANGAT_BAIK';
  if (roll < 0.93) return 'BAIK';
  if (roll < 0.985) return 'BUTUH_PERBAIKAN';
  return roll < 0.997 ? 'KURANG' : 'SANGAT_KURANG';
}

export interface Career {
  employeeType: 'PNS' | 'PPPK';
  appointment: string;
  /** Rank held: golongan (PNS) or grade (PPPK). */
  rank: number;
  ranks: Omit<RankHistory, 'id' | 'employeeId'>[];
  ratings: Omit<PerformanceRating, 'id' | 'employeeId' | 'ratedBy'>[];
}

/**
 * A PNS's appointment and rank history ending at a rank within the post's range, or a PPPK's contract.
 * `startEducation` is the education at appointment (a nurse may have finished S1 later).
 */
export function demoCareer(
  input: {
    employeeType: 'PNS' | 'PPPK';
    birthYear: number;
    position: DemoPosition;
    education: EducationLevel;
    startEducation: EducationLevel;
    decreePrefix: string;
  },
  random: Random,
): Career {
  const { position, birthYear } = input;
  if (input.employeeType === 'PPPK') {
    // The first PPPK were appointed in 2019; the regional intakes of the demo came in 2021 and after.
    const year = Math.max(random.int(2021, 2025), birthYear + (FIRST_AGE[input.startEducation] ?? 23));
    const appointment = `${Math.min(year, 2025)}-${random.pick(['03', '04', '10'])}-01`;
    const rank = pppkGradeFor(position, input.education);
    return {
      employeeType: 'PPPK',
      appointment,
      rank,
      ranks: [{ rank, tmt: appointment, decreeNumber: `${input.decreePrefix}/PPPK/${appointment.slice(0, 4)}` }],
      ratings: ratings(Number(appointment.slice(0, 4)), random),
    };
  }
  const start = START_RANK[input.startEducation] ?? golonganRank('II_A');
  const [low, high] = [golonganRank(position.golongan[0]), golonganRank(position.golongan[1])];
  const earliest = birthYear + (FIRST_AGE[input.startEducation] ?? 23);
  // Enough service for the post's lowest rank, with a few spare years at random.
  const needed = 4 * Math.max(0, low - start);
  let year = Math.min(earliest + random.int(0, 6), SEED_YEAR - 1 - needed - random.int(0, 3));
  year = Math.max(year, earliest, 1990);
  const appointment = `${year}-${random.pick(['01', '03', '04'])}-01`;
  const reachable = start + Math.floor((SEED_YEAR - 1 - year) / 4);
  const rank = Math.max(low, Math.min(random.int(low, high), reachable));
  const ranks: Career['ranks'] = [
    { rank: start, tmt: appointment, decreeNumber: `${input.decreePrefix}/CPNS/${year}` },
  ];
  // Intervals of 4 years, some 5; squeezed to what fits before the last round.
  const steps = rank - start;
  const spare = Math.max(0, Math.floor((SEED_YEAR - 1 - year - 4 * steps) / Math.max(1, steps)));
  let tmt = appointment;
  for (let next = start + 1; next <= rank; next += 1) {
    const interval = steps > 0 && spare > 0 && random.chance(0.3) ? 5 : 4;
    const target = Number(tmt.slice(0, 4)) + interval;
    tmt = `${target}-${random.chance(0.5) ? '04' : '10'}-01`;
    if (tmt > LAST_ROUND) tmt = LAST_ROUND;
    ranks.push({ rank: next, tmt, decreeNumber: `${input.decreePrefix}/KP/${tmt.slice(0, 4)}/${pad(next)}` });
  }
  // Ranks squeezed onto the same last round keep only the highest (one rank per TMT).
  const distinct = [...new Map(ranks.map((entry) => [entry.tmt, entry])).values()];
  return {
    employeeType: 'PNS',
    appointment,
    rank: distinct.at(-1)!.rank,
    ranks: distinct,
    ratings: ratings(year, random),
  };
}

/** One predikat a year from the first full year of service to the last completed year. */
function ratings(appointmentYear: number, random: Random): Career['ratings'] {
  const first = Math.max(appointmentYear, SEED_YEAR - 7);
  return Array.from({ length: Math.max(0, SEED_YEAR - first) }, (_, index) => ({
    year: first + index,
    predikat: predikat(random),
  }));
}

/**
 * Riwayat jabatan: earlier posts (the ladder's predecessors of the current one, most recent first) from the
 * appointment to the current post's start.
 */
export function demoPosts(
  appointment: string,
  positionSince: string,
  current: { positionId: number; unitId: number },
  predecessors: { positionId: number; unitId: number }[],
  random: Random,
): Omit<PositionHistory, 'id' | 'employeeId'>[] {
  const posts: Omit<PositionHistory, 'id' | 'employeeId'>[] = [{ ...current, fromDate: positionSince, toDate: null }];
  let until = positionSince;
  for (const [index, previous] of predecessors.entries()) {
    if (until <= appointment) break;
    const last = index === predecessors.length - 1;
    const years = random.int(3, 6);
    const candidate = `${Number(until.slice(0, 4)) - years}${until.slice(4)}`;
    const from = last || candidate <= appointment ? appointment : candidate;
    posts.push({ ...previous, fromDate: from, toDate: until });
    until = from;
  }
  return posts.reverse();
}

const INSTITUTIONS: Record<number, { university: string; poltekkes: string; city: string }> = {
  1: { university: 'Universitas Pattimura', poltekkes: 'Poltekkes Kemenkes Maluku', city: 'Ambon' },
  2: { university: 'Universitas Hasanuddin', poltekkes: 'Poltekkes Kemenkes Mamuju', city: 'Mamuju' },
  3: { university: 'Universitas Sumatera Utara', poltekkes: 'Poltekkes Kemenkes Medan', city: 'Pematangsiantar' },
  4: { university: 'Universitas Syiah Kuala', poltekkes: 'Poltekkes Kemenkes Aceh', city: 'Sabang' },
};
const FIELDS: Record<'health' | 'teaching' | 'it' | 'general', { diploma: string; degree: string; master: string }> = {
  health: { diploma: 'Keperawatan', degree: 'Kesehatan Masyarakat', master: 'Kesehatan Masyarakat' },
  teaching: { diploma: 'Pendidikan Guru', degree: 'Pendidikan Matematika', master: 'Manajemen Pendidikan' },
  it: { diploma: 'Manajemen Informatika', degree: 'Teknik Informatika', master: 'Sistem Informasi' },
  general: { diploma: 'Administrasi Perkantoran', degree: 'Ilmu Administrasi Negara', master: 'Administrasi Publik' },
};

/** Riwayat pendidikan up to the highest level, each at a plausible age; a degree earned while serving after it. */
export function demoEducation(
  agencyId: number,
  birthYear: number,
  levels: { education: EducationLevel; startEducation: EducationLevel },
  field: keyof typeof FIELDS,
  appointmentYear: number,
): Omit<EducationHistory, 'id' | 'employeeId'>[] {
  const place = INSTITUTIONS[agencyId]!;
  const names = FIELDS[field];
  const { education, startEducation } = levels;
  const rows: Omit<EducationHistory, 'id' | 'employeeId'>[] = [
    { level: 'SMA', field: 'IPA', institution: `SMA Negeri 1 ${place.city}`, year: birthYear + 18 },
  ];
  if (education === 'D3' || startEducation === 'D3') {
    rows.push({ level: 'D3', field: names.diploma, institution: place.poltekkes, year: birthYear + 21 });
  }
  if (education === 'S1' || education === 'S2') {
    const year =
      startEducation === 'D3' ? Math.min(SEED_YEAR - 1, Math.max(birthYear + 24, appointmentYear + 3)) : birthYear + 22;
    rows.push({ level: 'S1', field: names.degree, institution: place.university, year });
  }
  if (education === 'S2') {
    const year =
      startEducation === 'S2'
        ? birthYear + 24
        : Math.min(SEED_YEAR - 1, Math.max(rows.at(-1)!.year + 2, appointmentYear + 5));
    rows.push({ level: 'S2', field: names.master, institution: place.university, year });
  }
  return rows;
}
