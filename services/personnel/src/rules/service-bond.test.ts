import { describe, expect, it } from 'vitest';
import { addMonths, startedMonthsBetween } from './calendar.js';
import { serviceBondEndsOn, serviceBondMonths } from './service-bond.js';

describe('service bond after a degree study', () => {
  it('binds a tugas belajar of 24 months to 2 × 24 + 12 = 60 months after graduation', () => {
    expect(serviceBondMonths('TUGAS_BELAJAR', '2024-09-01', '2026-09-01')).toBe(60);
    expect(serviceBondEndsOn('TUGAS_BELAJAR', '2024-09-01', '2026-09-01')).toBe('2031-09-01');
  });

  it('counts a started month whole: 1 Sep 2024 to 2 Sep 2026 is 25 months, a bond of 62', () => {
    expect(startedMonthsBetween('2024-09-01', '2026-09-02')).toBe(25);
    expect(serviceBondMonths('TUGAS_BELAJAR', '2024-09-01', '2026-09-02')).toBe(62);
  });

  it('binds nobody after an izin belajar', () => {
    expect(serviceBondMonths('IZIN_BELAJAR', '2024-09-01', '2026-09-01')).toBe(0);
    expect(serviceBondEndsOn('IZIN_BELAJAR', '2024-09-01', '2026-09-01')).toBeNull();
  });

  it('ends a month added to 31 January on the last day of February', () => {
    expect(addMonths('2027-01-31', 1)).toBe('2027-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(startedMonthsBetween('2027-01-31', '2027-02-28')).toBe(1);
  });
});
