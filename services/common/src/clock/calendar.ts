// Month arithmetic on calendar dates (YYYY-MM-DD), in UTC so no time zone or daylight saving shifts a day.

/**
 * The same day `months` later (or earlier, for a negative count); when that month is shorter, its last day
 * (2024-01-31 + 1 month = 2024-02-29), the way a "valid for N months" certificate is read.
 */
export function addMonths(date: string, months: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target.toISOString().slice(0, 10);
}
