// GraphQL `Date` values are calendar dates (YYYY-MM-DD): read them as local dates so no time zone shifts the day.
export function localDate(value: string): Date {
  const [year = 1970, month = 1, day = 1] = value.split('-').map(Number);
  return new Date(year, month - 1, day);
}

/** Today in the browser's calendar, as a GraphQL `Date` (YYYY-MM-DD). */
export function localToday(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}
