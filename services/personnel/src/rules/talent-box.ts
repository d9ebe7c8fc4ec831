// The talent 9-box of PermenPANRB 3/2020 as amended by 20/2025 (docs/domain.md, "Talent management"): boxes are
// numbered by the regulation's table, not row by row. The predikat mapping and potential cut-offs are agency data.

export type Kinerja = 'DI_ATAS' | 'SESUAI' | 'DI_BAWAH';
export type Potensial = 'TINGGI' | 'MENENGAH' | 'RENDAH';
export type PerformancePredikat = 'SANGAT_BAIK' | 'BAIK' | 'BUTUH_PERBAIKAN' | 'KURANG' | 'SANGAT_KURANG';

export interface PotentialCutoffs {
  /** Lowest score that is menengah (default 60). */
  menengahFrom: number;
  /** Lowest score that is tinggi (default 80). */
  tinggiFrom: number;
}

const BOX: Record<Kinerja, Record<Potensial, number>> = {
  DI_ATAS: { TINGGI: 9, MENENGAH: 7, RENDAH: 4 },
  SESUAI: { TINGGI: 8, MENENGAH: 5, RENDAH: 2 },
  DI_BAWAH: { TINGGI: 6, MENENGAH: 3, RENDAH: 1 },
};

export function potensialOf(score: number, cutoffs: PotentialCutoffs): Potensial {
  if (score >= cutoffs.tinggiFrom) return 'TINGGI';
  if (score >= cutoffs.menengahFrom) return 'MENENGAH';
  return 'RENDAH';
}

export function talentBox(kinerja: Kinerja, potensial: Potensial): number {
  return BOX[kinerja][potensial];
}

export interface TalentPlacement {
  box: number;
  kinerja: Kinerja;
  potensial: Potensial;
}

/** The nine boxes in the regulation's numbering, 1 to 9, each with its two axes. */
export const TALENT_BOXES: readonly TalentPlacement[] = (Object.keys(BOX) as Kinerja[])
  .flatMap((kinerja) =>
    (Object.keys(BOX[kinerja]) as Potensial[]).map((potensial) => ({
      box: BOX[kinerja][potensial],
      kinerja,
      potensial,
    })),
  )
  .sort((a, b) => a.box - b.box);

/** The box of an employee, or null while either rating is missing or the predikat has no mapping. */
export function placeTalent(
  predikat: PerformancePredikat | null,
  potentialScore: number | null,
  kinerjaOf: ReadonlyMap<PerformancePredikat, Kinerja>,
  cutoffs: PotentialCutoffs,
): TalentPlacement | null {
  if (predikat === null || potentialScore === null) return null;
  const kinerja = kinerjaOf.get(predikat);
  if (!kinerja) return null;
  const potensial = potensialOf(potentialScore, cutoffs);
  return { box: talentBox(kinerja, potensial), kinerja, potensial };
}
