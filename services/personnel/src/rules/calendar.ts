// Calendar arithmetic on ISO dates (YYYY-MM-DD), in UTC so no time zone shifts a day.
import { addMonths } from '@asn/common';

/** The same day `years` later; 29 February becomes 28 February in a common year. */
export function addYears(date: string, years: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(year + years, month - 1, 1));
  const lastDay = new Date(Date.UTC(year + years, month, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target.toISOString().slice(0, 10);
}

/** The latest of the dates (ISO dates compare as strings). */
export function latestDate(first: string, ...rest: string[]): string {
  return rest.reduce((latest, date) => (date > latest ? date : latest), first);
}

/** Whole years from `from` to `to`, counting a year only once its anniversary has come. */
export function fullYearsBetween(from: string, to: string): number {
  let years = Number(to.slice(0, 4)) - Number(from.slice(0, 4));
  if (to.slice(5) < from.slice(5)) years -= 1;
  return Math.max(0, years);
}

export { addMonths };

/** Months from `from` to `to`, a started month counting whole (a study of 1 Sep to 2 Sep next year is 13). */
export function startedMonthsBetween(from: string, to: string): number {
  let months =
    (Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 + Number(to.slice(5, 7)) - Number(from.slice(5, 7));
  if (addMonths(from, months) > to) months -= 1;
  return Math.max(0, addMonths(from, months) < to ? months + 1 : months);
}
