import { describe, expect, it } from 'vitest';
import { isCalendarDate } from './date.scalar.js';

describe('isCalendarDate', () => {
  it('accepts a leap day in a leap year', () => expect(isCalendarDate('2024-02-29')).toBe(true));
  it('rejects a leap day in a common year', () => expect(isCalendarDate('2023-02-29')).toBe(false));
  it('rejects a day 41 (the NIK convention for women is not a date)', () =>
    expect(isCalendarDate('1990-01-41')).toBe(false));
  it('rejects other shapes', () => expect(isCalendarDate('2024-2-1')).toBe(false));
});
