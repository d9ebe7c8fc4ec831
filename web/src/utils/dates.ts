// GraphQL `Date` values are calendar dates (YYYY-MM-DD): read them as local dates so no time zone shifts the day.
export function localDate(value: string): Date {
  const [year = 1970, month = 1, day = 1] = value.split('-').map(Number);
  return new Date(year, month - 1, day);
}
