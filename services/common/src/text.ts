// Text a caller types: every free-text field is bounded, and names refuse characters that make one name look like
// another or hide text (bidi overrides, zero-width characters, NUL and other controls). One validator for all three
// subgraphs, so a name that personnel refuses is refused by training and certification too.
import { badInput } from './errors.js';

export const TextReason = {
  TEXT_TOO_LONG: 'TEXT_TOO_LONG',
  TEXT_REQUIRED: 'TEXT_REQUIRED',
  TEXT_CONTROL_CHARACTERS: 'TEXT_CONTROL_CHARACTERS',
  NAME_CHARACTERS: 'NAME_CHARACTERS',
} as const;

/** The longest free text any field takes (comments, notes, evidence); fields set lower bounds of their own. */
export const MAX_FREE_TEXT = 2000;
/** The longest string any input may carry at all, except the fields listed in LARGE_TEXT_FIELDS. */
export const MAX_INPUT_STRING = 10_000;
/** Inputs that carry a document rather than text, each with its own bound where it is read (CSV imports). */
export const LARGE_TEXT_FIELDS = new Set(['csv']);

/** C0 and C1 controls other than tab, line feed and carriage return, which free text may hold. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/u;
/** Bidi embeddings, overrides and isolates, directional marks, zero-width characters, the BOM, and soft hyphen:
 *  invisible in a name, yet they make it differ from (or look like) another. */
const INVISIBLE = /[\u00AD\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF]/u;

function tooLong(field: string, maxLength: number) {
  return badInput(
    field,
    TextReason.TEXT_TOO_LONG,
    { id: `Paling banyak ${maxLength} karakter.`, en: `At most ${maxLength} characters.` },
    { maxLength },
  );
}

/** A string of any input: bounded, and without control characters other than tab and line breaks. */
export function checkInputString(value: string, field: string, maxLength = MAX_INPUT_STRING): void {
  if (value.length > maxLength) throw tooLong(field, maxLength);
  if (CONTROL.test(value)) {
    throw badInput(field, TextReason.TEXT_CONTROL_CHARACTERS, {
      id: 'Teks memuat karakter kontrol.',
      en: 'The text holds control characters.',
    });
  }
}

/** Free text (a comment, a note): trimmed, at most `maxLength` characters; empty becomes null unless required. */
export function freeText(
  value: string | null | undefined,
  field: string,
  { maxLength = MAX_FREE_TEXT, required = false }: { maxLength?: number; required?: boolean } = {},
): string | null {
  const text = value?.trim() ?? '';
  if (text.length === 0) {
    if (!required) return null;
    throw badInput(field, TextReason.TEXT_REQUIRED, { id: 'Wajib diisi.', en: 'Required.' });
  }
  checkInputString(text, field, maxLength);
  return text;
}

/** A name (of a person, a session, an assessor, a provider): one line of visible characters, at most `maxLength`,
 *  whitespace collapsed, in Unicode NFC so one name has one spelling. */
export function cleanName(value: string, field: string, maxLength = 150): string {
  const name = value.normalize('NFC').trim().replace(/\s+/gu, ' ');
  if (name.length === 0) throw badInput(field, TextReason.TEXT_REQUIRED, { id: 'Wajib diisi.', en: 'Required.' });
  if (name.length > maxLength) throw tooLong(field, maxLength);
  if (CONTROL.test(value) || INVISIBLE.test(value)) {
    throw badInput(field, TextReason.NAME_CHARACTERS, {
      id: 'Nama memuat karakter tak terlihat atau karakter kontrol.',
      en: 'The name holds invisible or control characters.',
    });
  }
  return name;
}
