// The service bond (ikatan dinas) after a degree study (docs/domain.md, "Degree study"): a tugas belajar binds the
// graduate to serve twice the study period plus one year (2n + 1, Permendiknas 48/2009 on tugas belajar); an izin
// belajar is studied on one's own time and money and binds nobody.
import { addMonths, startedMonthsBetween } from './calendar.js';

export type DegreeStudyKind = 'TUGAS_BELAJAR' | 'IZIN_BELAJAR';

/** Months of the bond: 2 × the months studied (a started month counts whole) + 12; 0 for an izin belajar. */
export function serviceBondMonths(kind: DegreeStudyKind, startsOn: string, graduatedOn: string): number {
  if (kind === 'IZIN_BELAJAR') return 0;
  return 2 * Math.max(startedMonthsBetween(startsOn, graduatedOn), 1) + 12;
}

/** The last day of the bond, or null when there is none. */
export function serviceBondEndsOn(kind: DegreeStudyKind, startsOn: string, graduatedOn: string): string | null {
  const months = serviceBondMonths(kind, startsOn, graduatedOn);
  return months === 0 ? null : addMonths(graduatedOn, months);
}
