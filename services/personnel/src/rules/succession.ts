// Succession for key positions (docs/domain.md, "Succession"): which posts are key, a candidate's readiness from the
// career planner's eligibleOn, and whether a holder retires within the agency's horizon.
import { addYears } from './calendar.js';
import type { PositionKind } from './position-level.js';

export type SuccessionReadiness = 'READY_NOW' | 'WITHIN_2_YEARS' | 'LATER' | 'BLOCKED';

/** The order the readiness groups are shown in, readiest first. */
export const SUCCESSION_READINESS: readonly SuccessionReadiness[] = ['READY_NOW', 'WITHIN_2_YEARS', 'LATER', 'BLOCKED'];

/** The talent pool's boxes (PermenPANRB 3/2020 as amended by 20/2025): 7, 8 and 9. */
export const SUCCESSION_POOL_BOXES: readonly number[] = [7, 8, 9];

const KEY_KINDS: readonly PositionKind[] = ['JPT_PRATAMA', 'ADMINISTRATOR'];

export function isKeyPosition(kind: PositionKind): boolean {
  return KEY_KINDS.includes(kind);
}

export function isInSuccessionPool(box: number | null | undefined): boolean {
  return box != null && SUCCESSION_POOL_BOXES.includes(box);
}

/**
 * A candidate's readiness from the planner's earliest eligible date: met today (or before) is ready now; up to two
 * years from today is within 1–2 years; after that later; no date (a requirement cannot be foreseen) blocked.
 */
export function successionReadiness(eligibleOn: string | null, today: string): SuccessionReadiness {
  if (eligibleOn === null) return 'BLOCKED';
  if (eligibleOn <= today) return 'READY_NOW';
  return eligibleOn <= addYears(today, 2) ? 'WITHIN_2_YEARS' : 'LATER';
}

/** A holder retires soon when their retirement date falls within `horizonYears` of today (or is already past). */
export function retiresWithin(retiresOn: string, today: string, horizonYears: number): boolean {
  return retiresOn <= addYears(today, horizonYears);
}
