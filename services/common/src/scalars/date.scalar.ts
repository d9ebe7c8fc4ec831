// A calendar date without time or zone ("2026-11-25"): birth dates, TMT, session days, expiry.
import { GraphQLScalarType, Kind } from 'graphql';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isCalendarDate(value: string): boolean {
  const match = DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function parse(value: unknown): string {
  if (typeof value !== 'string' || !isCalendarDate(value)) {
    throw new TypeError(`Date must be a real calendar date as YYYY-MM-DD, got ${JSON.stringify(value)}`);
  }
  return value;
}

/**
 * A DATE column's value as YYYY-MM-DD when read raw (not through an entity): SQLite gives the text, mysql2 a Date at
 * UTC midnight (the connections run in UTC).
 */
export function toDateString(value: string | Date): string {
  return value instanceof Date ? value.toISOString().slice(0, 10) : value;
}

export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'A calendar date in ISO 8601 form, YYYY-MM-DD, with no time or time zone.',
  serialize: (value) => (value instanceof Date ? toDateString(value) : parse(value)),
  parseValue: parse,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw new TypeError('Date must be a string YYYY-MM-DD');
    return parse(ast.value);
  },
});
