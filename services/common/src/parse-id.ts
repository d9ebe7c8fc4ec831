// GraphQL IDs are strings; every row of every subgraph is keyed by a positive integer. One parser for all three, so
// "0x22", "1e3", " 7" or "abc" are bad input with one reason code, never id 34, id 1000 or an internal error.
import { badInput } from './errors.js';

export const ID_INVALID = 'ID_INVALID';
const DECIMAL_ID = /^[1-9][0-9]{0,15}$/;

/** The integer key an ID names; BAD_USER_INPUT (reason ID_INVALID) on `field` for anything else. */
export function parseId(value: unknown, field: string): number {
  const text = typeof value === 'string' || typeof value === 'number' ? String(value) : '';
  const id = Number(text);
  if (!DECIMAL_ID.test(text) || !Number.isSafeInteger(id)) {
    throw badInput(field, ID_INVALID, { id: 'ID tidak valid.', en: 'Not a valid id.' });
  }
  return id;
}

/** An optional ID: undefined and null pass through. */
export function parseOptionalId(value: unknown, field: string): number | undefined {
  return value === undefined || value === null ? undefined : parseId(value, field);
}
