import { describe, expect, it } from 'vitest';
import { addYears, fullYearsBetween, latestDate } from './calendar.js';

describe('calendar', () => {
  it('adds years, clamping a leap day to 28 February', () => {
    expect(addYears('2021-03-15', 4)).toBe('2025-03-15');
    expect(addYears('2024-02-29', 1)).toBe('2025-02-28');
    expect(addYears('2024-02-29', 4)).toBe('2028-02-29');
  });

  it('counts a year only once its anniversary has come', () => {
    expect(fullYearsBetween('2022-11-26', '2026-11-25')).toBe(3);
    expect(fullYearsBetween('2022-11-25', '2026-11-25')).toBe(4);
    expect(fullYearsBetween('2027-01-01', '2026-11-25')).toBe(0);
  });

  it('picks the latest date', () => {
    expect(latestDate('2026-01-01', '2027-06-30', '2026-12-31')).toBe('2027-06-30');
  });
});
