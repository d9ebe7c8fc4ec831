// Which reminder of a dated thing is due (a certificate's expiry, the year's end for JP): the narrowest threshold,
// in days before the date, that today is within. One threshold a reminder, so each is written once (its dedupe key
// carries the threshold) however often the sweep runs. Pure: dates are YYYY-MM-DD, counted in UTC.

function utcDay(date: string): number {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return Date.UTC(year, month - 1, day) / 86_400_000;
}

/** The narrowest of `thresholds` (days) that `today` is within of `dueOn`; null when further, or once `dueOn` passed. */
export function reminderThreshold(today: string, dueOn: string, thresholds: readonly number[]): number | null {
  const daysLeft = utcDay(dueOn) - utcDay(today);
  if (daysLeft < 0) return null;
  const due = thresholds.filter((threshold) => daysLeft <= threshold);
  return due.length ? Math.min(...due) : null;
}
