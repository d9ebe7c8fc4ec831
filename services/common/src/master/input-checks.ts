// The checks every master-data mutation repeats (a name that is there and fits, a number in its range, a row that
// is not retired), each throwing BAD_USER_INPUT with the field and a reason code, so the three subgraphs agree.
import { badInput } from '../errors.js';
import { freeText } from '../text.js';

/** Text a row needs, trimmed, at most `max` characters (common's free-text rule, required). */
export function requiredText(field: string, value: string, max: number): string {
  return freeText(value, field, { maxLength: max, required: true })!;
}

/** Text a row may leave empty (null then), else as `requiredText`. */
export function optionalText(field: string, value: string | null | undefined, max: number): string | null {
  return freeText(value, field, { maxLength: max });
}

/** A whole number within [min, max]. */
export function intInRange(field: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw badInput(
      field,
      'VALUE_OUT_OF_RANGE',
      {
        id: `Nilai harus bilangan bulat ${min}–${max}.`,
        en: `The value must be a whole number from ${min} to ${max}.`,
      },
      { min, max },
    );
  }
  return value;
}

/** What a retirable row carries: the day it was retired, null while in use. */
export interface Retirable {
  retiredOn: string | null;
}

/** A retired row stays readable where it is referenced, but is not offered for new use. */
export function assertNotRetired(field: string, row: Retirable): void {
  if (row.retiredOn !== null) {
    throw badInput(field, 'RETIRED', {
      id: 'Data ini sudah tidak berlaku dan tidak dapat dipakai lagi.',
      en: 'This record is retired and cannot be used for anything new.',
    });
  }
}

/** Retiring twice would overwrite the day it happened. */
export function assertRetirable(field: string, row: Retirable): void {
  if (row.retiredOn !== null) {
    throw badInput(field, 'ALREADY_RETIRED', {
      id: 'Data ini sudah dinonaktifkan.',
      en: 'This record is already retired.',
    });
  }
}
