// The rank a post asks of whoever takes it up (docs/domain.md, "Positions"): a PNS holds at least the post's minimum
// golongan; a PPPK at least the grade Perpres 98/2020's table gives the JF level (as BKN applies it), pelaksana from
// grade V (the SMA entry grade). A JPT's grade is the contract's, so it has no minimum to check.
import { golonganOfRank } from './golongan.js';
import type { FunctionalLevel, PositionKind } from './position-level.js';
import { pppkGradeLabel } from './pppk-grade.js';

/** The lowest PPPK grade of each JF level (default). */
export const PPPK_GRADE_BY_LEVEL: Record<FunctionalLevel, number> = {
  AHLI_PERTAMA: 9,
  AHLI_MUDA: 11,
  AHLI_MADYA: 13,
  AHLI_UTAMA: 15,
  PEMULA: 5,
  TERAMPIL: 7,
  MAHIR: 8,
  PENYELIA: 8,
};
const PPPK_PELAKSANA_GRADE = 5;

export interface RankedPost {
  kind: PositionKind;
  functionalLevel: FunctionalLevel | null;
  minGolonganRank: number;
}

export interface RankShortfall {
  reason: 'GOLONGAN_BELOW_POSITION_MINIMUM' | 'PPPK_GRADE_BELOW_POSITION_MINIMUM';
  held: string;
  minimum: string;
}

/** Why a person of this type and rank (golongan 1-17 or grade 1-17) may not take up the post; null if they may. */
export function rankShortfall(type: 'PNS' | 'PPPK', rank: number, post: RankedPost): RankShortfall | null {
  if (type === 'PNS') {
    if (rank >= post.minGolonganRank) return null;
    const [held, minimum] = [rank, post.minGolonganRank].map((value) => golonganOfRank(value).label) as [
      string,
      string,
    ];
    return { reason: 'GOLONGAN_BELOW_POSITION_MINIMUM', held, minimum };
  }
  const minimum = post.functionalLevel
    ? PPPK_GRADE_BY_LEVEL[post.functionalLevel]
    : post.kind === 'PELAKSANA'
      ? PPPK_PELAKSANA_GRADE
      : null;
  if (minimum === null || rank >= minimum) return null;
  return { reason: 'PPPK_GRADE_BELOW_POSITION_MINIMUM', held: pppkGradeLabel(rank), minimum: pppkGradeLabel(minimum) };
}
