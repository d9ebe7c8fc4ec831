// Seniority of a position, to compare across tracks (penyetaraan jabatan: Ahli Madya ~ Administrator,
// Ahli Muda ~ Pengawas); used where a rule says "more senior" (a mentor) and to tell a move's direction.

export const POSITION_KINDS = [
  'JPT_UTAMA',
  'JPT_MADYA',
  'JPT_PRATAMA',
  'ADMINISTRATOR',
  'PENGAWAS',
  'PELAKSANA',
  'FUNGSIONAL',
] as const;
export type PositionKind = (typeof POSITION_KINDS)[number];

export const FUNCTIONAL_LEVELS = [
  'AHLI_PERTAMA',
  'AHLI_MUDA',
  'AHLI_MADYA',
  'AHLI_UTAMA',
  'PEMULA',
  'TERAMPIL',
  'MAHIR',
  'PENYELIA',
] as const;
export type FunctionalLevel = (typeof FUNCTIONAL_LEVELS)[number];

export type PositionTrack = 'STRUCTURAL' | 'FUNCTIONAL';

const STRUCTURAL_LEVEL: Record<Exclude<PositionKind, 'FUNGSIONAL'>, number> = {
  JPT_UTAMA: 9,
  JPT_MADYA: 8,
  JPT_PRATAMA: 7,
  ADMINISTRATOR: 6,
  PENGAWAS: 5,
  PELAKSANA: 2,
};

const FUNCTIONAL_LEVEL: Record<FunctionalLevel, number> = {
  AHLI_UTAMA: 7,
  AHLI_MADYA: 6,
  AHLI_MUDA: 5,
  AHLI_PERTAMA: 4,
  PENYELIA: 4,
  MAHIR: 3,
  TERAMPIL: 2,
  PEMULA: 1,
};

/** The track a kind belongs to: JF is functional, every other kind structural. */
export function trackOf(kind: PositionKind): PositionTrack {
  return kind === 'FUNGSIONAL' ? 'FUNCTIONAL' : 'STRUCTURAL';
}

/** Seniority 1 (JF Pemula) to 9 (JPT Utama); a functional position without a level counts as the lowest. */
export function positionLevel(kind: PositionKind, functionalLevel: FunctionalLevel | null): number {
  if (kind !== 'FUNGSIONAL') return STRUCTURAL_LEVEL[kind];
  return functionalLevel ? FUNCTIONAL_LEVEL[functionalLevel] : 1;
}
