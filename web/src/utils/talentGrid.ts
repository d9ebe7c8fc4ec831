// How the talent 9-box is drawn (docs/domain.md, "Talent management"): potensial rows (tinggi on top), kinerja columns
// (di bawah on the left). The box numbers and each box's axes come from the API, which numbers them by the regulation.
import type { Kinerja, Potensial } from '../graphql/generated/graphql';

export const POTENSIAL_ROWS: readonly Potensial[] = ['TINGGI', 'MENENGAH', 'RENDAH'];
export const KINERJA_COLUMNS: readonly Kinerja[] = ['DI_BAWAH', 'SESUAI', 'DI_ATAS'];

/** The talent pool: boxes 7-9; box 9 is ready now. */
export function isTalentPool(box: number): boolean {
  return box >= 7;
}
