// Today as an agency's clock reads it: the subgraphs date what they record in the agency's own time zone, so a test
// that compares with UTC's date fails for the hours the two differ (from 15:00 UTC in Ambon).

/** Kota Ambon's zone (WIT), the demo agency most tests act in. */
export const AMBON_TIME_ZONE = 'Asia/Jayapura';

/** The date (YYYY-MM-DD) it is now in `timeZone`. */
export function todayIn(timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone }).format(new Date());
}

/** The year it is now in `timeZone` (Ambon's New Year comes nine hours before UTC's). */
export function yearIn(timeZone: string): number {
  return Number(todayIn(timeZone).slice(0, 4));
}

/** The date `days` after `date` (both YYYY-MM-DD). */
export function daysAfter(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
