// The personnel requirements of a career move and when each can be met (docs/domain.md, "Career paths",
// PP 11/2017 as amended by PP 17/2020): the target's minimum golongan and education, years served, and for the
// target's kind the performance and age rules. Leadership training and certificates are checked by the training and
// certification subgraphs on the same option. The earliest eligible date is the latest date among the requirements.
import type { Language } from '@asn/common';
import { addYears, fullYearsBetween, latestDate } from './calendar.js';
import { meetsEducation, type EducationLevel } from './education.js';
import { golonganOfRank } from './golongan.js';
import type { PositionKind } from './position-level.js';
import type { PerformancePredikat } from './talent-box.js';

export type RequirementKind = 'GOLONGAN' | 'EDUCATION' | 'YEARS_IN_POSITION' | 'PERFORMANCE' | 'AGE';

export interface RequirementCheck {
  kind: RequirementKind;
  met: boolean;
  required: string;
  actual: string;
  /** When it is (or will be) met; null when no date can be foreseen (education, performance, age over the limit). */
  metOn: string | null;
}

export interface MoveStep {
  minYearsInPosition: number;
  minGolonganRank: number | null;
  requiredEducation: EducationLevel | null;
}

export interface Candidate {
  golonganRank: number;
  /** When the current golongan was reached; regular promotion comes at most every 4 years. */
  golonganSince: string | null;
  education: EducationLevel;
  positionSince: string;
  birthDate: string;
  /** Predikat per year, most recent first. */
  performance: { year: number; predikat: PerformancePredikat }[];
}

export interface Target {
  kind: PositionKind;
  minGolonganRank: number;
  minEducation: EducationLevel | null;
}

/** Defaults by target kind (PP 11/2017 as amended): predikat at least Baik in the last 2 years for Administrator;
 *  at most 56 years old for JPT Pratama. */
export const KIND_RULES: Partial<Record<PositionKind, { goodPerformanceYears?: number; maxAge?: number }>> = {
  ADMINISTRATOR: { goodPerformanceYears: 2 },
  JPT_PRATAMA: { maxAge: 56 },
};

export const PROMOTION_INTERVAL_YEARS = 4;

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
const GOOD: PerformancePredikat[] = ['SANGAT_BAIK', 'BAIK'];

function yearsRequirement(
  candidate: Candidate,
  steps: readonly MoveStep[],
  today: string,
  words: (typeof WORDS)[Language],
): RequirementCheck {
  // A two-move path serves the first move's years in the current position, then the second's in the intermediate
  // one, which cannot start before today.
  const [first, ...later] = steps;
  let metOn = addYears(candidate.positionSince, first?.minYearsInPosition ?? 0);
  for (const step of later) metOn = addYears(latestDate(metOn, today), step.minYearsInPosition);
  const required = steps.map((step) => step.minYearsInPosition).join(' + ');
  return {
    kind: 'YEARS_IN_POSITION',
    met: metOn <= today,
    required: words.years(required),
    actual: words.years(String(fullYearsBetween(candidate.positionSince, today))),
    metOn,
  };
}

function golonganRequirement(candidate: Candidate, steps: readonly MoveStep[], target: Target): RequirementCheck {
  const required = Math.max(target.minGolonganRank, ...steps.map((step) => step.minGolonganRank ?? 0));
  const missing = required - candidate.golonganRank;
  const metOn =
    missing <= 0
      ? (candidate.golonganSince ?? candidate.positionSince)
      : candidate.golonganSince
        ? addYears(candidate.golonganSince, missing * PROMOTION_INTERVAL_YEARS)
        : null;
  return {
    kind: 'GOLONGAN',
    met: missing <= 0,
    required: golonganOfRank(required).label,
    actual: golonganOfRank(candidate.golonganRank).label,
    metOn,
  };
}

function educationRequirement(
  candidate: Candidate,
  steps: readonly MoveStep[],
  target: Target,
): RequirementCheck | null {
  const levels = [target.minEducation, ...steps.map((step) => step.requiredEducation)].filter(
    (level): level is EducationLevel => level !== null,
  );
  if (levels.length === 0) return null;
  const required = levels.reduce((highest, level) => (meetsEducation(level, highest) ? level : highest));
  const met = meetsEducation(candidate.education, required);
  return { kind: 'EDUCATION', met, required, actual: candidate.education, metOn: met ? candidate.positionSince : null };
}

function performanceRequirement(
  candidate: Candidate,
  years: number,
  words: (typeof WORDS)[Language],
): RequirementCheck {
  const recent = candidate.performance.slice(0, years);
  const met = recent.length === years && recent.every((entry) => GOOD.includes(entry.predikat));
  return {
    kind: 'PERFORMANCE',
    met,
    required: words.goodPerformance(years),
    actual: recent.map((entry) => `${entry.year}: ${entry.predikat}`).join(', ') || words.none,
    metOn: met ? `${recent[0]!.year}-12-31` : null,
  };
}

function ageRequirement(
  candidate: Candidate,
  maxAge: number,
  today: string,
  words: (typeof WORDS)[Language],
): RequirementCheck {
  const age = fullYearsBetween(candidate.birthDate, today);
  return {
    kind: 'AGE',
    met: age <= maxAge,
    required: words.atMost(maxAge),
    actual: String(age),
    metOn: age <= maxAge ? today : null,
  };
}

export function checkRequirements(
  candidate: Candidate,
  steps: readonly MoveStep[],
  target: Target,
  today: string,
  language: Language = 'en',
): RequirementCheck[] {
  const rules = KIND_RULES[target.kind] ?? {};
  const words = WORDS[language];
  return [
    golonganRequirement(candidate, steps, target),
    educationRequirement(candidate, steps, target),
    yearsRequirement(candidate, steps, today, words),
    rules.goodPerformanceYears ? performanceRequirement(candidate, rules.goodPerformanceYears, words) : null,
    rules.maxAge !== undefined ? ageRequirement(candidate, rules.maxAge, today, words) : null,
  ].filter((check): check is RequirementCheck => check !== null);
}

/** The latest date among the requirements (today when all are met already); null if any cannot be foreseen. */
export function earliestEligibleDate(checks: readonly RequirementCheck[], today: string): string | null {
  if (checks.some((check) => !check.met && check.metOn === null)) return null;
  return latestDate(today, ...checks.filter((check) => !check.met).map((check) => check.metOn!));
}
