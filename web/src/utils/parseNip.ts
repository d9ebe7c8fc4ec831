// The NIP rule as the form checks it while the administrator types (docs/domain.md, "NIP", rules 1-5): the
// personnel subgraph applies the same rule on save, and the reasons carry the same codes so the messages match.
export type NipReason =
  | 'NIP_FORMAT'
  | 'NIP_BIRTH_DATE'
  | 'NIP_APPOINTMENT_MONTH'
  | 'NIP_APPOINTMENT_BEFORE_18'
  | 'NIP_APPOINTMENT_IN_FUTURE'
  | 'NIP_GENDER'
  | 'NIP_SEQUENCE';

export interface NipParts {
  digits: string;
  birthDate: string;
  /** TMT CPNS as YYYY-MM. */
  appointmentMonth: string;
  gender: 'MALE' | 'FEMALE';
}

export type NipCheck = { ok: true; parts: NipParts } | { ok: false; reason: NipReason };

function isRealDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Checks a NIP as typed (spaces, dots and dashes allowed) as of `today` (YYYY-MM-DD). */
export function checkNip(typed: string, today: string): NipCheck {
  const digits = typed.replace(/[\s.-]/g, '');
  if (!/^\d{18}$/.test(digits)) return { ok: false, reason: 'NIP_FORMAT' };
  const [year, month, day, tmtYear, tmtMonth] = [
    [0, 4],
    [4, 6],
    [6, 8],
    [8, 12],
    [12, 14],
  ].map(([from, to]) => Number(digits.slice(from, to))) as [number, number, number, number, number];
  if (!isRealDate(year, month, day)) return { ok: false, reason: 'NIP_BIRTH_DATE' };
  if (tmtMonth < 1 || tmtMonth > 12) return { ok: false, reason: 'NIP_APPOINTMENT_MONTH' };
  const appointed = tmtYear * 12 + tmtMonth;
  if (appointed < (year + 18) * 12 + month) return { ok: false, reason: 'NIP_APPOINTMENT_BEFORE_18' };
  if (appointed > Number(today.slice(0, 4)) * 12 + Number(today.slice(5, 7))) {
    return { ok: false, reason: 'NIP_APPOINTMENT_IN_FUTURE' };
  }
  const genderDigit = digits.charAt(14);
  if (genderDigit !== '1' && genderDigit !== '2') return { ok: false, reason: 'NIP_GENDER' };
  if (digits.endsWith('000')) return { ok: false, reason: 'NIP_SEQUENCE' };
  return {
    ok: true,
    parts: {
      digits,
      birthDate: `${digits.slice(0, 4)}-${digits.slice(4, 6)}-${digits.slice(6, 8)}`,
      appointmentMonth: `${digits.slice(8, 12)}-${digits.slice(12, 14)}`,
      gender: genderDigit === '1' ? 'MALE' : 'FEMALE',
    },
  };
}

/** Today in the browser's own calendar, as YYYY-MM-DD (the rule's "current month"). */
export function localToday(now = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
