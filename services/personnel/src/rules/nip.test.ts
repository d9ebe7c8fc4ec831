import { describe, expect, it } from 'vitest';
import { deriveFromNip, formatNip, normalizeNip, parseNip } from './nip.js';

const TODAY = '2026-11-25';

function reason(raw: string, today = TODAY) {
  const result = parseNip(raw, today);
  return result.ok ? 'OK' : result.reason;
}

describe('parseNip (docs/domain.md, NIP rules 1-5)', () => {
  it('accepts the worked example and derives birth date, appointment month and gender', () => {
    expect(parseNip('19660801 198803 1 001', TODAY)).toEqual({
      ok: true,
      value: {
        nip: '196608011988031001',
        birthDate: '1966-08-01',
        appointmentMonth: '1988-03',
        gender: 'MALE',
        sequence: '001',
      },
    });
  });

  it('rule 1: strips spaces, dots and dashes, then wants exactly 18 ASCII digits', () => {
    expect(normalizeNip('19660801.198803-1 001')).toBe('196608011988031001');
    expect(reason('19660801.198803-1-001')).toBe('OK');
    expect(reason('19660801198803100')).toBe('NIP_FORMAT');
    expect(reason('1966080119880310011')).toBe('NIP_FORMAT');
    expect(reason('19660801198803100A')).toBe('NIP_FORMAT');
    expect(reason('١٩٦٦٠٨٠١١٩٨٨٠٣١٠٠١')).toBe('NIP_FORMAT');
    expect(reason('19660801_198803_1_001')).toBe('NIP_FORMAT');
  });

  it('rule 1: strips only the space, the dot and the hyphen-minus, never other whitespace or dashes', () => {
    expect(normalizeNip(' 19660801 198803 1 001 ')).toBe('196608011988031001');
    expect(reason('19660801 198803 1 001 ')).toBe('OK');
    for (const kept of ['\n', '\r\n', '\t', '\u00a0', '\u2009', '\u3000', '\u2013', '\u2011']) {
      expect(normalizeNip(`196608011988031001${kept}`)).toBe(`196608011988031001${kept}`);
      expect(reason(`196608011988031001${kept}`)).toBe('NIP_FORMAT');
      expect(reason(`19660801${kept}198803${kept}1${kept}001`)).toBe('NIP_FORMAT');
    }
    expect(reason('')).toBe('NIP_FORMAT');
  });

  it('rule 2: the birth date is a real calendar date, leap years included', () => {
    expect(reason('200002292020031001')).toBe('OK');
    expect(reason('199002292012031001')).toBe('NIP_BIRTH_DATE');
    expect(reason('190002292012031001')).toBe('NIP_BIRTH_DATE');
    expect(reason('198604312010011001')).toBe('NIP_BIRTH_DATE');
    expect(reason('198613012010011001')).toBe('NIP_BIRTH_DATE');
    expect(reason('198600012010011001')).toBe('NIP_BIRTH_DATE');
  });

  it('rule 4 has no +40 day for women: a day of 41-71 is an invalid date', () => {
    expect(reason('198501452010012001')).toBe('NIP_BIRTH_DATE');
    expect(reason('198501712010012001')).toBe('NIP_BIRTH_DATE');
  });

  it('rule 3: the appointment month is 01-12', () => {
    expect(reason('198501152010002001')).toBe('NIP_APPOINTMENT_MONTH');
    expect(reason('198501152010132001')).toBe('NIP_APPOINTMENT_MONTH');
  });

  it('rule 3: not before the month the person turns 18 (that month itself is allowed)', () => {
    expect(reason('199005312008051001')).toBe('OK');
    expect(reason('199005312008041001')).toBe('NIP_APPOINTMENT_BEFORE_18');
    // Born on 29 February: turns 18 in February of the 18th year, leap or not.
    expect(reason('200002292018021001')).toBe('OK');
    expect(reason('200002292018011001')).toBe('NIP_APPOINTMENT_BEFORE_18');
  });

  it('rule 3: not after the current month', () => {
    expect(reason('199801012026111001')).toBe('OK');
    expect(reason('199801012026121001')).toBe('NIP_APPOINTMENT_IN_FUTURE');
    expect(reason('199801012026121001', '2026-12-01')).toBe('OK');
  });

  it('rule 4: the gender digit is 1 (man) or 2 (woman)', () => {
    expect(parseNip('198501152010012001', TODAY)).toMatchObject({ ok: true, value: { gender: 'FEMALE' } });
    expect(reason('198501152010013001')).toBe('NIP_GENDER');
    expect(reason('198501152010010001')).toBe('NIP_GENDER');
  });

  it('rule 5: the sequence is not 000', () => {
    expect(reason('198501152010011000')).toBe('NIP_SEQUENCE');
    expect(reason('198501152010011999')).toBe('OK');
  });

  it('reports the first broken rule in rule order', () => {
    expect(reason('198502302010013000')).toBe('NIP_BIRTH_DATE');
  });
});

describe('formatNip and deriveFromNip', () => {
  it('groups 8-6-1-3 for display', () => {
    expect(formatNip('196608011988031001')).toBe('19660801 198803 1 001');
  });

  it('derives the same facts as parseNip from a stored NIP', () => {
    expect(deriveFromNip('198501152010012001')).toEqual({
      birthDate: '1985-01-15',
      appointmentMonth: '2010-01',
      gender: 'FEMALE',
    });
  });
});
