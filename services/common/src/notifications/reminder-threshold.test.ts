import { describe, expect, it } from 'vitest';
import { reminderThreshold } from './reminder-threshold.js';

describe('reminderThreshold', () => {
  it('is null while the date is further than the widest threshold', () => {
    expect(reminderThreshold('2026-09-01', '2026-12-31', [90, 30])).toBeNull();
  });

  it('is the widest threshold from exactly that many days before', () => {
    expect(reminderThreshold('2026-10-02', '2026-12-31', [90, 30])).toBe(90);
    expect(reminderThreshold('2026-10-01', '2026-12-31', [90, 30])).toBeNull();
  });

  it('is the narrowest threshold once within it, through the date itself', () => {
    expect(reminderThreshold('2026-12-01', '2026-12-31', [90, 30])).toBe(30);
    expect(reminderThreshold('2026-12-31', '2026-12-31', [30, 90])).toBe(30);
  });

  it('is null once the date has passed', () => {
    expect(reminderThreshold('2027-01-01', '2026-12-31', [90, 30])).toBeNull();
  });

  it('counts across a leap day', () => {
    expect(reminderThreshold('2028-01-31', '2028-03-01', [30])).toBe(30);
    expect(reminderThreshold('2028-01-30', '2028-03-01', [30])).toBeNull();
  });
});
