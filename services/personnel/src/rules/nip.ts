// NIP (Nomor Induk Pegawai) validation and derivation, as one pure function (docs/domain.md, "NIP", rules 1-5;
// rule 6, uniqueness, needs the database and lives in the employee validation).
import { isCalendarDate } from '@asn/common';

export type Gender = 'MALE' | 'FEMALE';

export interface ParsedNip {
  /** The 18 digits, without separators. */
  nip: string;
  birthDate: string;
  /** TMT CPNS, the month of first appointment, as YYYY-MM. */
  appointmentMonth: string;
  gender: Gender;
  sequence: string;
}

/** Why a NIP is refused, one reason per numbered rule. */
export type NipProblem =
  | 'NIP_FORMAT'
  | 'NIP_BIRTH_DATE'
  | 'NIP_APPOINTMENT_MONTH'
  | 'NIP_APPOINTMENT_BEFORE_18'
  | 'NIP_APPOINTMENT_IN_FUTURE'
  | 'NIP_GENDER'
  | 'NIP_SEQUENCE';

export type NipResult = { ok: true; value: ParsedNip } | { ok: false; reason: NipProblem };

/**
 * Rule 1: the separators people write a NIP with, and only those, are removed: the space (U+0020), the dot and the
 * hyphen-minus, wherever they stand (`19660801 198803 1 001`, `19660801.198803.1.001`, `19660801-198803-1-001`).
 * Anything else is kept and so fails the 18-digit format: a tab, a newline, a no-break space (U+00A0), other Unicode
 * spaces or dashes. Those come from a pasted cell or a mangled export rather than from a person typing; refusing them
 * shows the source is wrong instead of silently storing whatever it happened to hold around the digits.
 */
export function normalizeNip(raw: string): string {
  return raw.replace(/[ .-]/g, '');
}

/** Display grouping 8-6-1-3: `19660801 198803 1 001`. */
export function formatNip(nip: string): string {
  return `${nip.slice(0, 8)} ${nip.slice(8, 14)} ${nip.slice(14, 15)} ${nip.slice(15)}`;
}

/** Validates a NIP against rules 1-5 as of `today` (YYYY-MM-DD) and derives what it encodes. */
export function parseNip(raw: string, today: string): NipResult {
  const nip = normalizeNip(raw);
  if (!/^[0-9]{18}$/.test(nip)) return { ok: false, reason: 'NIP_FORMAT' };
  const birthDate = `${nip.slice(0, 4)}-${nip.slice(4, 6)}-${nip.slice(6, 8)}`;
  // A day of 41-71 is not a "woman's NIK day": the +40 rule belongs to the NIK, so it is simply no date.
  if (!isCalendarDate(birthDate)) return { ok: false, reason: 'NIP_BIRTH_DATE' };
  const appointmentYear = Number(nip.slice(8, 12));
  const appointmentMonthNumber = Number(nip.slice(12, 14));
  if (appointmentMonthNumber < 1 || appointmentMonthNumber > 12) return { ok: false, reason: 'NIP_APPOINTMENT_MONTH' };
  const appointment = appointmentYear * 12 + appointmentMonthNumber;
  const turns18 = (Number(nip.slice(0, 4)) + 18) * 12 + Number(nip.slice(4, 6));
  if (appointment < turns18) return { ok: false, reason: 'NIP_APPOINTMENT_BEFORE_18' };
  const currentMonth = Number(today.slice(0, 4)) * 12 + Number(today.slice(5, 7));
  if (appointment > currentMonth) return { ok: false, reason: 'NIP_APPOINTMENT_IN_FUTURE' };
  const genderDigit = nip.charAt(14);
  if (genderDigit !== '1' && genderDigit !== '2') return { ok: false, reason: 'NIP_GENDER' };
  const sequence = nip.slice(15);
  if (sequence === '000') return { ok: false, reason: 'NIP_SEQUENCE' };
  return {
    ok: true,
    value: {
      nip,
      birthDate,
      appointmentMonth: `${nip.slice(8, 12)}-${nip.slice(12, 14)}`,
      gender: genderDigit === '1' ? 'MALE' : 'FEMALE',
      sequence,
    },
  };
}

/** What a stored (already valid) NIP encodes; stored NIPs were validated on the way in. */
export function deriveFromNip(nip: string): Omit<ParsedNip, 'nip' | 'sequence'> {
  return {
    birthDate: `${nip.slice(0, 4)}-${nip.slice(4, 6)}-${nip.slice(6, 8)}`,
    appointmentMonth: `${nip.slice(8, 12)}-${nip.slice(12, 14)}`,
    gender: nip.charAt(14) === '2' ? 'FEMALE' : 'MALE',
  };
}
