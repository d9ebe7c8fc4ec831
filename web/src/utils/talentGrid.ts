// The talent 9-box as the regulation numbers it (PermenPANRB 3/2020 as amended by 20/2025; docs/domain.md):
// potensial rows (tinggi on top), kinerja columns (di bawah on the left). The numbers do not run row by row.
export type Kinerja = 'DI_ATAS' | 'SESUAI' | 'DI_BAWAH';
export type Potensial = 'TINGGI' | 'MENENGAH' | 'RENDAH';

export const POTENSIAL_ROWS: readonly Potensial[] = ['TINGGI', 'MENENGAH', 'RENDAH'];
export const KINERJA_COLUMNS: readonly Kinerja[] = ['DI_BAWAH', 'SESUAI', 'DI_ATAS'];

const BOX: Record<Potensial, Record<Kinerja, number>> = {
  TINGGI: { DI_BAWAH: 6, SESUAI: 8, DI_ATAS: 9 },
  MENENGAH: { DI_BAWAH: 3, SESUAI: 5, DI_ATAS: 7 },
  RENDAH: { DI_BAWAH: 1, SESUAI: 2, DI_ATAS: 4 },
};

export function talentBoxNumber(kinerja: Kinerja, potensial: Potensial): number {
  return BOX[potensial][kinerja];
}

export interface TalentCell {
  box: number;
  kinerja: Kinerja;
  potensial: Potensial;
}

/** The nine cells in reading order (top row first, left to right), for a CSS grid. */
export function talentGridCells(): TalentCell[] {
  return POTENSIAL_ROWS.flatMap((potensial) =>
    KINERJA_COLUMNS.map((kinerja) => ({ box: talentBoxNumber(kinerja, potensial), kinerja, potensial })),
  );
}

/** The talent pool: boxes 7-9; box 9 is ready now. */
export function isTalentPool(box: number): boolean {
  return box >= 7;
}
