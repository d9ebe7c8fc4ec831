// GraphQL `Date` values are calendar dates (YYYY-MM-DD): read them as local dates so no time zone shifts the day.
export function localDate(value: string): Date {
  const [year = 1970, month = 1, day = 1] = value.split('-').map(Number);
  return new Date(year, month - 1, day);
}

/** Today in the browser's own calendar, as a GraphQL `Date` (the API refuses dates after the agency's today). */
export function localToday(now = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
