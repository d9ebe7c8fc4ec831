// Batas usia pensiun (docs/domain.md, "Retirement age", default): 58 for administrative posts and the other JF levels,
// 60 for JPT and JF Ahli Madya, 65 for JF Ahli Utama. The career planner offers no move that can only come after it.
import { addYears } from './calendar.js';
import type { FunctionalLevel, PositionKind } from './position-level.js';

export function retirementAge(kind: PositionKind, functionalLevel: FunctionalLevel | null): number {
  if (kind === 'JPT_UTAMA' || kind === 'JPT_MADYA' || kind === 'JPT_PRATAMA') return 60;
  if (functionalLevel === 'AHLI_UTAMA') return 65;
  if (functionalLevel === 'AHLI_MADYA') return 60;
  return 58;
}

/** A post's own batas usia pensiun when its agency set one, else the default by kind and level. */
export function retirementAgeOf(position: {
  kind: PositionKind;
  functionalLevel: FunctionalLevel | null;
  retirementAgeOverride: number | null;
}): number {
  return position.retirementAgeOverride ?? retirementAge(position.kind, position.functionalLevel);
}

export function retirementDate(birthDate: string, age: number): string {
  return addYears(birthDate, age);
}
