// DECIMAL columns as numbers. MySQL/MariaDB (mysql2) return DECIMAL as a string so no precision is lost on the way;
// SQLite returns a number. A score with two decimals (59.99) is exact as a string and within a double's precision
// as a number, so reading it with Number() keeps every digit the column holds; nothing is rounded.
import type { ValueTransformer } from 'typeorm';

export const decimalTransformer: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | number | null) => (value === null || value === undefined ? null : Number(value)),
};

/** Whether `value` has at most `places` decimals (59.99 yes, 59.999 no), judged on its decimal rendering. */
export function hasAtMostDecimals(value: number, places: number): boolean {
  if (!Number.isFinite(value)) return false;
  const scaled = value * 10 ** places;
  return Math.abs(scaled - Math.round(scaled)) < 1e-6;
}
