import { createLogger } from '@asn/common/logger';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startReminderScheduler, type SweepOutcome, type SweptAgency } from './reminder-scheduler.js';

const AGENCIES: SweptAgency[] = [
  { id: '1', timeZone: 'Asia/Jayapura' }, // Ambon, UTC+9
  { id: '4', timeZone: 'Asia/Jakarta' }, // Sabang, UTC+7
];
const MINUTE = 60_000;

describe('the reminder scheduler', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  /** A scheduler checking every 5 minutes from `start` (UTC), whose clock follows the fake timers. */
  function schedule(start: string, outcome: (agency: SweptAgency) => SweepOutcome) {
    vi.setSystemTime(new Date(start));
    const swept: string[] = [];
    const scheduler = startReminderScheduler({
      hour: 6,
      intervalMs: 5 * MINUTE,
      clock: () => new Date(),
      listAgencies: async () => AGENCIES,
      sweepAgency: async (agency) => {
        swept.push(`${agency.id}@${new Date().toISOString().slice(11, 16)}`);
        return outcome(agency);
      },
      logger: createLogger('test', 'silent'),
    });
    return { swept, scheduler };
  }

  it('sweeps each agency once per local day, from six o’clock of its own time zone', async () => {
    // 20:30 UTC: 05:30 in Ambon, 03:30 in Sabang. Nothing before the first interval, nothing before six.
    const { swept, scheduler } = schedule('2026-11-30T20:30:00Z', () => ({ employees: 3, written: 1, complete: true }));
    await vi.advanceTimersByTimeAsync(4 * MINUTE);
    expect(swept).toEqual([]);
    // Ambon reaches six at 21:00 UTC and is swept at the next check; Sabang at 23:00 UTC.
    await vi.advanceTimersByTimeAsync(3 * 60 * MINUTE);
    expect(swept).toEqual(['1@21:00', '4@23:00']);
    // The rest of their day: nothing more. Ambon's next day starts at 15:00 UTC, its six o'clock at 21:00 UTC.
    await vi.advanceTimersByTimeAsync(22 * 60 * MINUTE);
    expect(swept).toEqual(['1@21:00', '4@23:00', '1@21:00']);
    await scheduler.stop();
  });

  it('tries again at the next check when a walk did not finish, and stops on stop()', async () => {
    let fail = true;
    const { swept, scheduler } = schedule('2026-11-30T23:58:00Z', (agency) => ({
      employees: 0,
      written: 0,
      complete: agency.id === '1' || !fail,
    }));
    await vi.advanceTimersByTimeAsync(5 * MINUTE);
    expect(swept).toEqual(['1@00:03', '4@00:03']);
    fail = false;
    await vi.advanceTimersByTimeAsync(5 * MINUTE);
    expect(swept).toEqual(['1@00:03', '4@00:03', '4@00:08']);
    await scheduler.stop();
    await vi.advanceTimersByTimeAsync(48 * 60 * MINUTE);
    expect(swept).toHaveLength(3);
  });
});
