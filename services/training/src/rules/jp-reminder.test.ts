import { describe, expect, it } from 'vitest';
import { jpReminderThreshold } from './jp-reminder.js';

describe('jpReminderThreshold', () => {
  it('reminds of a shortfall from 90 days before 31 December, then from 30', () => {
    expect(jpReminderThreshold('2026-09-30', 8)).toBeNull();
    expect(jpReminderThreshold('2026-10-02', 8)).toBe(90);
    expect(jpReminderThreshold('2026-12-01', 8)).toBe(30);
  });

  it('never reminds without a shortfall (met target, or a PPPK with no target)', () => {
    expect(jpReminderThreshold('2026-12-01', 0)).toBeNull();
    expect(jpReminderThreshold('2026-12-01', null)).toBeNull();
  });
});
