import { describe, expect, it } from 'vitest';
import { checkInputString, cleanName, freeText } from './text.js';

const refusal = (reason: string, field: string) =>
  expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', reason, field }) });

describe('cleanName', () => {
  it('keeps a name with titles and Indonesian spelling, collapsing whitespace', () => {
    expect(cleanName('  Dr.  Siti   Nurhaliza, S.Kom., M.T. ', 'input.name')).toBe('Dr. Siti Nurhaliza, S.Kom., M.T.');
  });

  it.each([
    ['a bidi override', 'Budi\u202Egnalak'],
    ['a bidi isolate', 'Budi\u2066x\u2069'],
    ['a zero-width space', 'Bu\u200Bdi'],
    ['a zero-width joiner', 'Bu\u200Ddi'],
    ['a byte order mark', '\uFEFFBudi'],
    ['NUL', 'Bu\u0000di'],
    ['an escape character', 'Budi\u001B[31m'],
    ['a C1 control', 'Budi\u0085'],
  ])('refuses %s with NAME_CHARACTERS on the field', (_what, name) => {
    expect(() => cleanName(name, 'input.name')).toThrowError(refusal('NAME_CHARACTERS', 'input.name'));
  });

  it('refuses an empty or an overlong name', () => {
    expect(() => cleanName('   ', 'input.name')).toThrowError(refusal('TEXT_REQUIRED', 'input.name'));
    expect(() => cleanName('a'.repeat(151), 'input.name')).toThrowError(refusal('TEXT_TOO_LONG', 'input.name'));
  });
});

describe('free text', () => {
  it('is trimmed, and empty is null unless required', () => {
    expect(freeText('  Bermanfaat.\nTerima kasih. ', 'input.comment')).toBe('Bermanfaat.\nTerima kasih.');
    expect(freeText('  ', 'input.comment')).toBeNull();
    expect(() => freeText('', 'input.reason', { required: true })).toThrowError(
      refusal('TEXT_REQUIRED', 'input.reason'),
    );
  });

  it('is bounded: a 900 KB comment is BAD_USER_INPUT naming the field and the limit', () => {
    expect(() => freeText('x'.repeat(900_000), 'input.comment')).toThrowError(
      expect.objectContaining({
        extensions: expect.objectContaining({ reason: 'TEXT_TOO_LONG', field: 'input.comment', maxLength: 2000 }),
      }),
    );
  });

  it('refuses NUL and other controls but keeps tabs and line breaks', () => {
    expect(() => checkInputString('a\u0000b', 'input.note')).toThrowError(
      refusal('TEXT_CONTROL_CHARACTERS', 'input.note'),
    );
    expect(() => checkInputString('a\tb\r\nc', 'input.note')).not.toThrow();
  });
});
