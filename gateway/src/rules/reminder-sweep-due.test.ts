import { describe, expect, it } from 'vitest';
import { reminderSweepDue } from './reminder-sweep-due.js';

const AMBON = 'Asia/Jayapura'; // UTC+9
const SABANG = 'Asia/Jakarta'; // UTC+7

describe('reminderSweepDue', () => {
  it('is due from the hour of the agency’s own time zone, not UTC’s', () => {
    // 21:00 UTC on 30 November: 06:00 on 1 December in Ambon, 04:00 in Sabang.
    const at = new Date('2026-11-30T21:00:00Z');
    expect(reminderSweepDue(at, AMBON, 6, undefined)).toBe('2026-12-01');
    expect(reminderSweepDue(at, SABANG, 6, undefined)).toBeNull();
    // A minute before six in Ambon.
    expect(reminderSweepDue(new Date('2026-11-30T20:59:00Z'), AMBON, 6, undefined)).toBeNull();
    // Two hours later Sabang reaches six too.
    expect(reminderSweepDue(new Date('2026-11-30T23:00:00Z'), SABANG, 6, undefined)).toBe('2026-12-01');
  });

  it('runs once per local day', () => {
    const morning = new Date('2026-12-01T00:00:00Z'); // 09:00 in Ambon
    expect(reminderSweepDue(morning, AMBON, 6, '2026-12-01')).toBeNull();
    expect(reminderSweepDue(morning, AMBON, 6, '2026-11-30')).toBe('2026-12-01');
    // Later the same local day: still swept.
    expect(reminderSweepDue(new Date('2026-12-01T14:59:00Z'), AMBON, 6, '2026-12-01')).toBeNull();
  });

  it('crosses midnight UTC on each agency’s own date (UTC+9 against UTC+7)', () => {
    // 16:00 UTC: 01:00 on 2 December in Ambon, 23:00 on 1 December in Sabang. With the hour at 0, Ambon's new day
    // is due while Sabang's 1 December, swept already, is not.
    const at = new Date('2026-12-01T16:00:00Z');
    expect(reminderSweepDue(at, AMBON, 0, '2026-12-01')).toBe('2026-12-02');
    expect(reminderSweepDue(at, SABANG, 0, '2026-12-01')).toBeNull();
    // An hour later Sabang turns the day as well.
    expect(reminderSweepDue(new Date('2026-12-01T17:00:00Z'), SABANG, 0, '2026-12-01')).toBe('2026-12-02');
  });

  it('reads an unknown zone as the default zone (WIB), as the subgraphs do', () => {
    const at = new Date('2026-11-30T23:00:00Z'); // 06:00 WIB
    expect(reminderSweepDue(at, 'Mars/Olympus', 6, undefined)).toBe('2026-12-01');
    expect(reminderSweepDue(new Date('2026-11-30T22:59:00Z'), 'Mars/Olympus', 6, undefined)).toBeNull();
  });
});
