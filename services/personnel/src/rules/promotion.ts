// Regular rank promotion (kenaikan pangkat reguler, docs/domain.md, "Golongan and pangkat"): a PNS rises one golongan at most
// every 4 years from the TMT of the last rank, only with a predikat at least Baik in each of the last 2 years, and
// only up to the ceiling of the position held (domain.md's default golongan range per level). A move into the next
// level carries at most one rank above the held position's ceiling (kenaikan pangkat bersamaan dengan jenjang); more
// needs an extraordinary promotion (kenaikan pangkat pilihan), which no rule can date.
import { addYears } from './calendar.js';
import { golonganRank, type GolonganCode } from './golongan.js';
import type { FunctionalLevel, PositionKind } from './position-level.js';
import type { PerformancePredikat } from './talent-box.js';

export const PROMOTION_INTERVAL_YEARS = 4;
/** Years of predikat at least Baik a promotion or an Administrator move needs (PP 11/2017 as amended). */
export const GOOD_PERFORMANCE_YEARS = 2;
const GOOD: readonly PerformancePredikat[] = ['SANGAT_BAIK', 'BAIK'];

/** Top of each level's default golongan range (domain.md); Pelaksana: III/d, the highest a pelaksana may hold. */
const CEILING_BY_LEVEL: Record<FunctionalLevel, GolonganCode> = {
  AHLI_PERTAMA: 'III_B',
  AHLI_MUDA: 'III_D',
  AHLI_MADYA: 'IV_C',
  AHLI_UTAMA: 'IV_E',
  PEMULA: 'II_A',
  TERAMPIL: 'II_D',
  MAHIR: 'III_B',
  PENYELIA: 'III_D',
};
const CEILING_BY_KIND: Record<Exclude<PositionKind, 'FUNGSIONAL'>, GolonganCode> = {
  JPT_UTAMA: 'IV_E',
  JPT_MADYA: 'IV_E',
  JPT_PRATAMA: 'IV_D',
  ADMINISTRATOR: 'IV_B',
  PENGAWAS: 'III_D',
  PELAKSANA: 'III_D',
};

export function golonganCeiling(kind: PositionKind, level: FunctionalLevel | null): number {
  if (kind === 'FUNGSIONAL') return golonganRank(CEILING_BY_LEVEL[level ?? 'PEMULA']);
  return golonganRank(CEILING_BY_KIND[kind]);
}

export interface Rating {
  year: number;
  predikat: PerformancePredikat;
}

/**
 * The last `years` completed years' predikat (newest first) are all at least Baik. A year's predikat is set after it
 * ends, so on `today` the last completed year is the previous one; while its rating is not yet on record (early in
 * the year) the year before counts as the last.
 */
export function goodPerformance(ratings: readonly Rating[], years: number, today: string): boolean {
  const currentYear = Number(today.slice(0, 4));
  const completed = [...ratings].filter((r) => r.year < currentYear).sort((a, b) => b.year - a.year);
  const recent = completed.slice(0, years);
  if (recent.length < years || recent[0]!.year < currentYear - 2) return false;
  return recent.every((rating, index) => rating.year === recent[0]!.year - index && GOOD.includes(rating.predikat));
}

/**
 * The earliest date on which the last `years` completed years are all at least Baik, planning on every year not yet
 * rated being at least Baik (the planner dates the earliest a requirement can be met): today when they already are;
 * otherwise 1 January of the first year after enough good years follow the last poor (or missing) one.
 */
export function goodPerformanceFrom(ratings: readonly Rating[], years: number, today: string): string {
  if (goodPerformance(ratings, years, today)) return today;
  const currentYear = Number(today.slice(0, 4));
  const good = new Set(ratings.filter((r) => GOOD.includes(r.predikat)).map((r) => r.year));
  for (let year = currentYear + 1; ; year += 1) {
    const window = Array.from({ length: years }, (_, index) => year - 1 - index);
    if (window.every((y) => y >= currentYear || good.has(y))) return `${year}-01-01`;
  }
}

export type PromotionBlock = 'EXTRAORDINARY_PROMOTION' | 'NO_RANK_HISTORY';

export interface RankState {
  rank: number;
  /** TMT of the rank; null when no rank history is on record. */
  since: string | null;
}

/**
 * When `required` is reached by regular promotion from `state` while holding a position with `ceiling`: the TMT of
 * each further rank is 4 years after the previous one, and not before `performanceFrom` (goodPerformanceFrom).
 * Already held: the TMT of the held rank.
 */
export function promotionDate(
  state: RankState,
  required: number,
  ceiling: number,
  performanceFrom: string,
): { date: string | null; block: PromotionBlock | null } {
  if (required <= state.rank) return { date: state.since, block: null };
  if (required > ceiling + 1) return { date: null, block: 'EXTRAORDINARY_PROMOTION' };
  if (state.since === null) return { date: null, block: 'NO_RANK_HISTORY' };
  const regular = addYears(state.since, (required - state.rank) * PROMOTION_INTERVAL_YEARS);
  return { date: regular > performanceFrom ? regular : performanceFrom, block: null };
}
