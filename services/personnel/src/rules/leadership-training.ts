// The leadership training a career move needs (Peraturan LAN 5/2022 as amended by 6/2022; docs/domain.md,
// "Leadership training"): the programme of the target's level; for a target with no programme of its own (a JF,
// Pelaksana), the code the agency set on the ladder's edges, the last move's first.
import type { PositionKind } from './position-level.js';

const PROGRAMME: Partial<Record<PositionKind, string>> = {
  JPT_MADYA: 'PKN_I',
  JPT_PRATAMA: 'PKN_II',
  ADMINISTRATOR: 'PKA',
  PENGAWAS: 'PKP',
};

/** The training code (training's Training.code), or null when the move needs none. */
export function leadershipTrainingFor(targetKind: PositionKind, edgeCodes: readonly (string | null)[]): string | null {
  return PROGRAMME[targetKind] ?? [...edgeCodes].reverse().find((code) => code !== null) ?? null;
}
