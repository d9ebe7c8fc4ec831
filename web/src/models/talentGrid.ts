// The unit's talent 9-box as the page draws it: the API's boxes (number, kinerja, potensial, people) in the order a
// CSS grid fills them, read from each box's axes rather than numbered again here.
import type { Kinerja, Potensial } from '../graphql/generated/graphql';
import { KINERJA_COLUMNS, POTENSIAL_ROWS } from '../utils/talentGrid';

export interface TalentPerson {
  employeeId: string;
  name: string;
  positionName: string | null;
}

export interface TalentCell {
  box: number;
  kinerja: Kinerja;
  potensial: Potensial;
  /** Boxes 7-9, as the API says. */
  inTalentPool: boolean;
  people: TalentPerson[];
}

export interface TalentGrid {
  unitName: string;
  /** The nine boxes in reading order: top row first, left to right. */
  cells: TalentCell[];
  /** People without a placement (no predikat or no potential score yet). */
  unplaced: TalentPerson[];
}

/** Boxes in reading order by their axes: potensial row, then kinerja column. */
export function inReadingOrder<T extends { kinerja: Kinerja; potensial: Potensial }>(boxes: readonly T[]): T[] {
  const place = (box: T) =>
    POTENSIAL_ROWS.indexOf(box.potensial) * KINERJA_COLUMNS.length + KINERJA_COLUMNS.indexOf(box.kinerja);
  return [...boxes].sort((a, b) => place(a) - place(b));
}
