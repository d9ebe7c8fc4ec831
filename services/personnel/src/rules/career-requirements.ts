// The personnel requirements of a career path and when each can be met (docs/domain.md, "Career paths",
// PP 11/2017 as amended by PP 17/2020): the target's minimum golongan and education, years served, and for the
// target's kind the performance and age rules. Leadership training and certificates are checked by the training and
// certification subgraphs on the same option.
//
// One definition of eligibility: the earliest date on which every requirement of the path is met. A path is walked
// move by move: each move happens on the latest of its own requirements' dates (never before today), and the next
// move counts its years in position, and its promotions, from that date. A requirement that cannot be dated says
// why (`undatable`), and then the path has no eligibility date.
import type { Language } from '@asn/common';
import { addYears, fullYearsBetween, latestDate } from './calendar.js';
import { meetsEducation, type EducationLevel } from './education.js';
import { golonganOfRank } from './golongan.js';
import type { FunctionalLevel, PositionKind } from './position-level.js';
import {
  golonganCeiling,
  goodPerformance,
  goodPerformanceFrom,
  GOOD_PERFORMANCE_YEARS,
  promotionDate,
  type PromotionBlock,
  type Rating,
} from './promotion.js';

export type RequirementKind = 'GOLONGAN' | 'EDUCATION' | 'YEARS_IN_POSITION' | 'PERFORMANCE' | 'AGE';

/** Why a requirement has no date. */
export type UndatableReason =
  PromotionBlock | 'EDUCATION_NOT_FORESEEABLE' | 'OVER_AGE_LIMIT' | 'PREVIOUS_MOVE_NOT_FORESEEABLE';

export interface RequirementCheck {
  kind: RequirementKind;
  met: boolean;
  required: string;
  actual: string;
  /** When it is (or will be) met on this path; null when no date can be foreseen (then `undatable` says why). */
  metOn: string | null;
  undatable: UndatableReason | null;
}

export interface PositionFacts {
  kind: PositionKind;
  functionalLevel: FunctionalLevel | null;
  minGolonganRank: number;
  minEducation: EducationLevel | null;
}

export interface MoveStep {
  minYearsInPosition: number;
  minGolonganRank: number | null;
  requiredEducation: EducationLevel | null;
  /** The position this move leads to. */
  to: PositionFacts;
}

export interface Candidate {
  employeeType: 'PNS' | 'PPPK';
  golonganRank: number;
  /** TMT of the current rank (latest rank history entry); null without rank history. */
  golonganSince: string | null;
  education: EducationLevel;
  /** Start of the open position history entry. */
  positionSince: string;
  birthDate: string;
  /** The position held now (its golongan ceiling bounds regular promotion). */
  position: Pick<PositionFacts, 'kind' | 'functionalLevel'>;
  performance: Rating[];
}

/**
 * The posts a PPPK may hold (PP 49/2018 Pasal 2 as widened by UU 20/2023 to pelaksana): JF, pelaksana and the JPT
 * Utama/Madya the regulation lists; structural administrator and pengawas posts and JPT Pratama are for PNS, so a
 * path through one is no option for a PPPK.
 */
export function openTo(employeeType: Candidate['employeeType'], kinds: readonly PositionKind[]): boolean {
  if (employeeType === 'PNS') return true;
  return kinds.every(
    (kind) => kind === 'FUNGSIONAL' || kind === 'PELAKSANA' || kind === 'JPT_UTAMA' || kind === 'JPT_MADYA',
  );
}

/** Defaults by target kind (PP 11/2017 as amended): predikat at least Baik in the last 2 years for Administrator;
 *  at most 56 years old for JPT Pratama. */
export const KIND_RULES: Partial<Record<PositionKind, { goodPerformanceYears?: number; maxAge?: number }>> = {
  ADMINISTRATOR: { goodPerformanceYears: GOOD_PERFORMANCE_YEARS },
  JPT_PRATAMA: { maxAge: 56 },
};

/** The words of the requirement texts, in the request's language. */
const WORDS: Record<
  Language,
  {
    years: (n: string) => string;
    goodPerformance: (years: number) => string;
    none: string;
    atMost: (n: number) => string;
  }
> = {
  id: {
    years: (n) => `${n} tahun`,
    goodPerformance: (years) => `BAIK atau lebih baik, ${years} tahun terakhir`,
    none: 'belum ada',
    atMost: (n) => `paling tinggi ${n}`,
  },
  en: {
    years: (n) => `${n} years`,
    goodPerformance: (years) => `BAIK or better, last ${years} years`,
    none: 'none',
    atMost: (n) => `at most ${n}`,
  },
};

interface Walk {
  /** When each requirement kind is met along the path (null: cannot be dated, with the reason). */
  golongan: { metOn: string | null; undatable: UndatableReason | null; required: number };
  yearsMetOn: string;
  education: { required: EducationLevel | null; metOn: string | null };
  moveDates: (string | null)[];
}

/** Walks the path move by move; a move's date is the latest of its requirements and today. */
function walkPath(candidate: Candidate, steps: readonly MoveStep[], today: string): Walk {
  const performanceFrom = goodPerformanceFrom(candidate.performance, GOOD_PERFORMANCE_YEARS, today);
  let held: Pick<PositionFacts, 'kind' | 'functionalLevel'> = candidate.position;
  let heldSince: string | null = candidate.positionSince;
  let rank = { rank: candidate.golonganRank, since: candidate.golonganSince };
  let golongan: Walk['golongan'] = { metOn: candidate.golonganSince, undatable: null, required: 0 };
  let yearsMetOn = candidate.positionSince;
  let education: Walk['education'] = { required: null, metOn: candidate.positionSince };
  const moveDates: (string | null)[] = [];
  for (const step of steps) {
    const required = Math.max(step.to.minGolonganRank, step.minGolonganRank ?? 0);
    golongan = { ...golongan, required: Math.max(golongan.required, required) };
    let golonganOn: string | null = golongan.metOn;
    if (golongan.undatable === null) {
      // A PPPK has no golongan: the contract for the new post sets its grade, so the move carries it.
      if (candidate.employeeType === 'PPPK') golonganOn = today;
      else {
        const promotion = promotionDate(
          rank,
          required,
          golonganCeiling(held.kind, held.functionalLevel),
          performanceFrom,
        );
        // A rank already held counts from its TMT (or, without rank history, from the current post).
        golonganOn = required <= rank.rank ? (rank.since ?? candidate.positionSince) : promotion.date;
        golongan = { ...golongan, metOn: golonganOn, undatable: promotion.block };
        if (required > rank.rank && promotion.date) rank = { rank: required, since: promotion.date };
      }
    }
    const levels = [step.to.minEducation, step.requiredEducation, education.required].filter(
      (level): level is EducationLevel => level !== null,
    );
    const neededEducation = levels.length
      ? levels.reduce((highest, level) => (meetsEducation(level, highest) ? level : highest))
      : null;
    const educationOn =
      neededEducation === null || meetsEducation(candidate.education, neededEducation) ? candidate.positionSince : null;
    education = { required: neededEducation, metOn: educationOn };
    yearsMetOn = heldSince === null ? yearsMetOn : addYears(heldSince, step.minYearsInPosition);
    const dates = [yearsMetOn, golonganOn, educationOn];
    const moveOn: string | null =
      heldSince === null || dates.includes(null) ? null : latestDate(today, ...(dates as string[]));
    moveDates.push(moveOn);
    held = step.to;
    heldSince = moveOn;
  }
  return { golongan, yearsMetOn, education, moveDates };
}

function performanceRequirement(
  candidate: Candidate,
  years: number,
  today: string,
  words: (typeof WORDS)[Language],
): RequirementCheck {
  const met = goodPerformance(candidate.performance, years, today);
  const recent = [...candidate.performance].sort((a, b) => b.year - a.year).slice(0, years);
  return {
    kind: 'PERFORMANCE',
    met,
    required: words.goodPerformance(years),
    actual: recent.map((entry) => `${entry.year}: ${entry.predikat}`).join(', ') || words.none,
    // Planning on the years not yet rated being at least Baik, as for promotion.
    metOn: goodPerformanceFrom(candidate.performance, years, today),
    undatable: null,
  };
}

function ageRequirement(
  candidate: Candidate,
  maxAge: number,
  on: string,
  today: string,
  words: (typeof WORDS)[Language],
): RequirementCheck {
  // The age that counts is the age on the day the move can be made.
  const age = fullYearsBetween(candidate.birthDate, on);
  const ok = age <= maxAge;
  return {
    kind: 'AGE',
    met: fullYearsBetween(candidate.birthDate, today) <= maxAge,
    required: words.atMost(maxAge),
    actual: String(fullYearsBetween(candidate.birthDate, today)),
    metOn: ok ? today : null,
    undatable: ok ? null : 'OVER_AGE_LIMIT',
  };
}

export function checkRequirements(
  candidate: Candidate,
  steps: readonly MoveStep[],
  today: string,
  language: Language = 'en',
): RequirementCheck[] {
  const target = steps.at(-1)?.to;
  if (!target) return [];
  const rules = KIND_RULES[target.kind] ?? {};
  const words = WORDS[language];
  const walk = walkPath(candidate, steps, today);
  const checks: RequirementCheck[] = [];
  if (candidate.employeeType === 'PNS') {
    checks.push({
      kind: 'GOLONGAN',
      met: walk.golongan.required <= candidate.golonganRank,
      required: golonganOfRank(walk.golongan.required).label,
      actual: golonganOfRank(candidate.golonganRank).label,
      metOn: walk.golongan.metOn,
      undatable: walk.golongan.undatable,
    });
  }
  if (walk.education.required !== null) {
    const met = walk.education.metOn !== null;
    checks.push({
      kind: 'EDUCATION',
      met,
      required: walk.education.required,
      actual: candidate.education,
      metOn: walk.education.metOn,
      // A degree still to earn has no date the record can foresee.
      undatable: met ? null : 'EDUCATION_NOT_FORESEEABLE',
    });
  }
  checks.push({
    kind: 'YEARS_IN_POSITION',
    met: walk.yearsMetOn <= today && steps.length === 1,
    required: words.years(steps.map((step) => step.minYearsInPosition).join(' + ')),
    actual: words.years(String(fullYearsBetween(candidate.positionSince, today))),
    metOn: walk.moveDates.slice(0, -1).includes(null) ? null : walk.yearsMetOn,
    undatable: walk.moveDates.slice(0, -1).includes(null) ? 'PREVIOUS_MOVE_NOT_FORESEEABLE' : null,
  });
  if (rules.goodPerformanceYears) {
    checks.push(performanceRequirement(candidate, rules.goodPerformanceYears, today, words));
  }
  if (rules.maxAge !== undefined) {
    const on = walk.moveDates.at(-1) ?? today;
    checks.push(ageRequirement(candidate, rules.maxAge, on, today, words));
  }
  return checks;
}

/** The requirements of a path that have no date, each with its reason: empty when the path can be dated. */
export function undatedRequirements(checks: readonly RequirementCheck[]): RequirementCheck[] {
  return checks.filter((check) => (!check.met || check.kind === 'AGE') && check.metOn === null);
}

/** The latest date among the requirements (today when all are met already); null if any cannot be dated. */
export function earliestEligibleDate(checks: readonly RequirementCheck[], today: string): string | null {
  if (undatedRequirements(checks).length > 0) return null;
  return latestDate(today, ...checks.filter((check) => !check.met).map((check) => check.metOn!));
}
