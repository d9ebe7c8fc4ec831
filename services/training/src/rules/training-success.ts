// Whether development paid off (docs/domain.md, "Evaluating training": behaviour and results levels, "Measuring
// success"): per year, the members whose performance predikat rose after a training, the competency levels gained
// between the assessments before and after a training, and the unit's public-satisfaction index (IKM) banded as
// PermenPANRB 14/2017 bands it. Pure: the service hands in the rows.
import { EnrolmentStatus } from '../types/enrolment-status.enum.js';
import type { JpActivity } from './jp.js';
import { yearOf } from './jp.js';

export type Predikat = 'SANGAT_BAIK' | 'BAIK' | 'BUTUH_PERBAIKAN' | 'KURANG' | 'SANGAT_KURANG';

/** PermenPANRB 6/2022's predikat, lowest 1 to highest 5. */
const PREDIKAT_RANK: Record<Predikat, number> = {
  SANGAT_KURANG: 1,
  KURANG: 2,
  BUTUH_PERBAIKAN: 3,
  BAIK: 4,
  SANGAT_BAIK: 5,
};

export interface RatingFact {
  year: number;
  predikat: Predikat;
}

export type RatingChange = 'ROSE' | 'SAME' | 'FELL';

/** Years in which the member completed an activity with evidence (the JP rule's "completed", by end date). */
export function trainedYears(activities: readonly JpActivity[]): Set<number> {
  return new Set(
    activities.filter((activity) => activity.status === EnrolmentStatus.COMPLETED).map((a) => yearOf(a.endDate)),
  );
}

/**
 * For a member trained in `year`: the predikat of `year` against that of the year before (one predikat a year, so
 * the year's rating is the one after the training). Null when not trained that year or either rating is missing.
 */
export function ratingChangeAfterTraining(
  ratings: readonly RatingFact[],
  trained: ReadonlySet<number>,
  year: number,
): RatingChange | null {
  if (!trained.has(year)) return null;
  const before = ratings.find((rating) => rating.year === year - 1);
  const after = ratings.find((rating) => rating.year === year);
  if (!before || !after) return null;
  const change = PREDIKAT_RANK[after.predikat] - PREDIKAT_RANK[before.predikat];
  return change > 0 ? 'ROSE' : change < 0 ? 'FELL' : 'SAME';
}

export interface LevelFact {
  competencyId: number;
  level: number;
  source: string;
  /** YYYY-MM-DD */
  assessedOn: string;
}

export interface CompletedTraining {
  /** YYYY-MM-DD, the day it was completed. */
  completedOn: string;
  /** The competencies the training develops. */
  competencyIds: readonly number[];
}

export interface CompetencyGain {
  competencyId: number;
  before: number;
  after: number;
}

/**
 * Per training completed in `year` and competency it develops: the latest assessment on or before the completion
 * and the first one after it by the same source (a self-assessment is never set against an assessment centre's).
 * A pair is counted once however many trainings of the year it spans.
 */
export function competencyGains(
  assessments: readonly LevelFact[],
  completions: readonly CompletedTraining[],
  year: number,
): CompetencyGain[] {
  const pairs = new Map<string, CompetencyGain>();
  for (const completion of completions.filter((each) => yearOf(each.completedOn) === year)) {
    for (const competencyId of completion.competencyIds) {
      const history = assessments
        .filter((fact) => fact.competencyId === competencyId)
        .sort((a, b) => (a.assessedOn < b.assessedOn ? -1 : a.assessedOn > b.assessedOn ? 1 : 0));
      const before = history.filter((fact) => fact.assessedOn <= completion.completedOn).at(-1);
      const after = before && history.find((f) => f.assessedOn > completion.completedOn && f.source === before.source);
      if (!before || !after) continue;
      pairs.set(`${competencyId}:${before.assessedOn}:${after.assessedOn}:${before.source}`, {
        competencyId,
        before: before.level,
        after: after.level,
      });
    }
  }
  return [...pairs.values()];
}

/** part / whole as a percentage with 2 decimals (half up); null when there is no whole. */
export function percentOf(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((part / whole) * 10000) / 100;
}

/**
 * The share of PNS at the JP target in a year, or null when no member completed any activity that year: the records
 * hold no JP for the year at all (a year before they start), which is "no data", not a real 0%.
 */
export function jpComplianceShare(atOrAbove: number, pnsMembers: number, trainedMembers: number): number | null {
  return trainedMembers === 0 ? null : percentOf(atOrAbove, pnsMembers);
}

/** The mean of the values with 2 decimals (half up); null for none. */
export function meanOf(values: readonly number[]): number | null {
  return values.length === 0 ? null : Math.round((values.reduce((sum, v) => sum + v, 0) / values.length) * 100) / 100;
}

export type IkmCategory = 'A' | 'B' | 'C' | 'D';

/** The IKM's converted index: 25.00 to 100.00, two decimals (PermenPANRB 14/2017, nilai interval konversi). */
export function isIkmScore(score: number): boolean {
  return (
    Number.isFinite(score) && score >= 25 && score <= 100 && Math.abs(score * 100 - Math.round(score * 100)) < 1e-6
  );
}

/** Mutu pelayanan: A 88.31–100 Sangat Baik, B 76.61–88.30 Baik, C 65.00–76.60 Kurang Baik, D 25.00–64.99 Tidak Baik. */
export function ikmCategory(score: number): IkmCategory {
  if (score >= 88.31) return 'A';
  if (score >= 76.61) return 'B';
  if (score >= 65) return 'C';
  return 'D';
}
