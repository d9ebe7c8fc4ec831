// Golongan/ruang and pangkat of PNS, 17 ranks in order (docs/domain.md, "Golongan and pangkat").

export const GOLONGAN = [
  { code: 'I_A', label: 'I/a', pangkat: 'Juru Muda' },
  { code: 'I_B', label: 'I/b', pangkat: 'Juru Muda Tingkat I' },
  { code: 'I_C', label: 'I/c', pangkat: 'Juru' },
  { code: 'I_D', label: 'I/d', pangkat: 'Juru Tingkat I' },
  { code: 'II_A', label: 'II/a', pangkat: 'Pengatur Muda' },
  { code: 'II_B', label: 'II/b', pangkat: 'Pengatur Muda Tingkat I' },
  { code: 'II_C', label: 'II/c', pangkat: 'Pengatur' },
  { code: 'II_D', label: 'II/d', pangkat: 'Pengatur Tingkat I' },
  { code: 'III_A', label: 'III/a', pangkat: 'Penata Muda' },
  { code: 'III_B', label: 'III/b', pangkat: 'Penata Muda Tingkat I' },
  { code: 'III_C', label: 'III/c', pangkat: 'Penata' },
  { code: 'III_D', label: 'III/d', pangkat: 'Penata Tingkat I' },
  { code: 'IV_A', label: 'IV/a', pangkat: 'Pembina' },
  { code: 'IV_B', label: 'IV/b', pangkat: 'Pembina Tingkat I' },
  { code: 'IV_C', label: 'IV/c', pangkat: 'Pembina Utama Muda' },
  { code: 'IV_D', label: 'IV/d', pangkat: 'Pembina Utama Madya' },
  { code: 'IV_E', label: 'IV/e', pangkat: 'Pembina Utama' },
] as const;

export type GolonganCode = (typeof GOLONGAN)[number]['code'];

/** The rank, 1 (I/a) to 17 (IV/e): what the database stores, since golongan are compared and sorted. */
export function golonganRank(code: GolonganCode): number {
  return GOLONGAN.findIndex((golongan) => golongan.code === code) + 1;
}

export function golonganOfRank(rank: number): (typeof GOLONGAN)[number] {
  const golongan = GOLONGAN[rank - 1];
  if (!golongan) throw new RangeError(`no golongan of rank ${rank}`);
  return golongan;
}

/** The golongan written as on a decree (`III/a`), or its code (`III_A`), to its code; undefined if neither. */
export function parseGolongan(value: string): GolonganCode | undefined {
  const trimmed = value.trim();
  return GOLONGAN.find((golongan) => golongan.code === trimmed.toUpperCase() || golongan.label === trimmed)?.code;
}
