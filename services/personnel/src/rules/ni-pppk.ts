// The employee number by employee type: a PNS's NIP (nip.ts) or a PPPK's NI PPPK (Nomor Induk PPPK), both 18 digits.
//
// NI PPPK layout, from the published descriptions (Pemerintah Kabupaten Luwu Utara's note on NIP and NI PPPK, as
// quoted at https://foppsirokanhulu.blogspot.com/2024/03/apa-perbedaan-nip-pns-dan-ni-pppk.html; BKN's technical
// note as summarised at https://belajarpppk.com/blog/2022/05/04/mekanisme-administrasi-teknis-ni-pppk-dengan-18-digit-angka/;
// and issued examples such as 199009132025242014 at https://www.swarawarta.co.id/search/label/ajaran-islam):
//   8 digits  birth date YYYYMMDD
//   4 digits  year of first appointment as (calon) PPPK
//   2 digits  described as "jumlah perjanjian kerja" (the contract count); issued numbers carry codes such as 21 or
//             24, so they are NOT a month and are not interpreted here
//   1 digit   gender, 1 man, 2 woman
//   3 digits  sequence
// None of these is BKN's own regulation text (we found no copy of it), so only the conservative part is encoded:
// a real birth date, an appointment year from 2019 (the first PPPK intake, PP 49/2018) that is not in the future and
// not before the 18th birthday year, a gender digit, a sequence other than 000. The two contract digits are kept as
// they are. A PNS NIP's digits 13-14 are a month (01-12), so a NIP is refused for a PPPK whose appointment year is
// before 2019, and an NI PPPK is refused for a PNS when those digits are no month.
import { isCalendarDate } from '@asn/common';
import { normalizeNip, parseNip, type Gender, type NipProblem } from './nip.js';

export const FIRST_PPPK_YEAR = 2019;

export type EmployeeNumberProblem = NipProblem | 'NI_PPPK_APPOINTMENT_YEAR';

export interface ParsedEmployeeNumber {
  nip: string;
  birthDate: string;
  /** PNS: TMT CPNS as YYYY-MM. PPPK: null (the number carries the year only). */
  appointmentMonth: string | null;
  appointmentYear: number;
  gender: Gender;
}

export type EmployeeNumberResult =
  { ok: true; value: ParsedEmployeeNumber } | { ok: false; reason: EmployeeNumberProblem };

export function parseEmployeeNumber(raw: string, type: 'PNS' | 'PPPK', today: string): EmployeeNumberResult {
  if (type === 'PNS') {
    const parsed = parseNip(raw, today);
    if (!parsed.ok) return parsed;
    const { nip, birthDate, appointmentMonth, gender } = parsed.value;
    return {
      ok: true,
      value: { nip, birthDate, appointmentMonth, appointmentYear: Number(appointmentMonth.slice(0, 4)), gender },
    };
  }
  const nip = normalizeNip(raw);
  if (!/^[0-9]{18}$/.test(nip)) return { ok: false, reason: 'NIP_FORMAT' };
  const birthDate = `${nip.slice(0, 4)}-${nip.slice(4, 6)}-${nip.slice(6, 8)}`;
  if (!isCalendarDate(birthDate)) return { ok: false, reason: 'NIP_BIRTH_DATE' };
  const appointmentYear = Number(nip.slice(8, 12));
  if (appointmentYear < FIRST_PPPK_YEAR) return { ok: false, reason: 'NI_PPPK_APPOINTMENT_YEAR' };
  if (appointmentYear < Number(nip.slice(0, 4)) + 18) return { ok: false, reason: 'NIP_APPOINTMENT_BEFORE_18' };
  if (appointmentYear > Number(today.slice(0, 4))) return { ok: false, reason: 'NIP_APPOINTMENT_IN_FUTURE' };
  const genderDigit = nip.charAt(14);
  if (genderDigit !== '1' && genderDigit !== '2') return { ok: false, reason: 'NIP_GENDER' };
  if (nip.slice(15) === '000') return { ok: false, reason: 'NIP_SEQUENCE' };
  return {
    ok: true,
    value: { nip, birthDate, appointmentMonth: null, appointmentYear, gender: genderDigit === '1' ? 'MALE' : 'FEMALE' },
  };
}

/** What a stored (already valid) number encodes, by the employee's type. */
export function deriveFromNumber(nip: string, type: 'PNS' | 'PPPK'): Omit<ParsedEmployeeNumber, 'nip'> {
  return {
    birthDate: `${nip.slice(0, 4)}-${nip.slice(4, 6)}-${nip.slice(6, 8)}`,
    appointmentMonth: type === 'PNS' ? `${nip.slice(8, 12)}-${nip.slice(12, 14)}` : null,
    appointmentYear: Number(nip.slice(8, 12)),
    gender: nip.charAt(14) === '2' ? 'FEMALE' : 'MALE',
  };
}
