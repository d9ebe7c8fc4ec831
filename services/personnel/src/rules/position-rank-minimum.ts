// The rank a post asks of whoever takes it up (docs/domain.md, "Positions"): a PNS holds at least the post's minimum
// golongan; a PPPK at least the post's minimum grade: the administrator's value for the post when set, else the
// default for its JF level below, pelaksana from grade V (the SMA entry grade). A JPT's grade is the contract's, so
// by default it has no minimum to check.
import { golonganOfRank } from './golongan.js';
import type { FunctionalLevel, PositionKind } from './position-level.js';
import { pppkGradeLabel } from './pppk-grade.js';

/**
 * The default lowest PPPK grade of each JF level: what a post of that level asks of a PPPK until the administrator
 * sets the post's own minimum (`Position.minPppkGrade`, column position.min_pppk_grade), which wins over this table.
 *
 * Source check (December 2026): we found no copy of the regulation's own table (PermenPANRB 72/2020 on the posts a
 * PPPK may fill, with Perpres 98/2020's grade scale). The only published statement found is secondary: a news report
 * (https://sumeks.disway.id/amp/756610/terungkap-ini-dia-penetapan-gaji-pppk-berdasarkan-jabatan-menurut-edaran-menpanrb/16,
 * citing a MenPANRB circular) giving Pemula 5, Terampil 6–7, Mahir 9, Penyelia 11, Ahli Pertama 9–10, Ahli Muda 11,
 * Ahli Madya 13, Ahli Utama 16. It agrees with the values below for Ahli Pertama, Ahli Muda, Ahli Madya and Pemula,
 * and disagrees for Terampil (6, here 7), Mahir (9, here 8), Penyelia (11, here 8) and Ahli Utama (16, here 15).
 * A news report is no authority, so the values are left as they were; they stay unverified against the regulation.
 *
 * Second check (1 December 2026), in the project's stored search corpora (docs, pages, code), for Perpres
 * 98/2020 (gaji dan tunjangan PPPK), PermenPANRB 72/2020 (jabatan yang dapat diisi PPPK), KepmenPANRB on JF PPPK and
 * Peraturan BKN on PPPK in JF: none holds the text or table of any of them. What came back: PP 49/2018 summarised
 * (https://akoenksembilantujuh.com/2021/05/tentang-manajemen-pegawai-pemerintah.html: PPPK may fill JF and JPT, no
 * grades), BKN's JF profiles and a PNS golongan range table (III/a–III/b … per JF level, nothing for PPPK), and news
 * tag pages without content. So neither the values below nor the news report's are confirmed; the disagreement
 * (Terampil, Mahir, Penyelia, Ahli Utama) stays open until the regulation's annex is read.
 */
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
  /** The post's own minimum PPPK grade (1-17); null for the default by kind and level. */
  minPppkGradeOverride: number | null;
}

/** The default minimum PPPK grade of a post by kind and level; null (nothing to check) for a JPT or structural post. */
export function defaultPppkGrade(post: Pick<RankedPost, 'kind' | 'functionalLevel'>): number | null {
  if (post.functionalLevel) return PPPK_GRADE_BY_LEVEL[post.functionalLevel];
  return post.kind === 'PELAKSANA' ? PPPK_PELAKSANA_GRADE : null;
}

/** The minimum PPPK grade a post asks: its own when the administrator set one, else the default. */
export function pppkGradeMinimum(
  post: Pick<RankedPost, 'kind' | 'functionalLevel' | 'minPppkGradeOverride'>,
): number | null {
  return post.minPppkGradeOverride ?? defaultPppkGrade(post);
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
  const minimum = pppkGradeMinimum(post);
  if (minimum === null || rank >= minimum) return null;
  return { reason: 'PPPK_GRADE_BELOW_POSITION_MINIMUM', held: pppkGradeLabel(rank), minimum: pppkGradeLabel(minimum) };
}
