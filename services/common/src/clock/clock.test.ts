import { describe, expect, it } from 'vitest';
import type { Identity } from '../auth-context.js';
import { DEFAULT_TIME_ZONE, fixedClock, loadClock, localDate, localHour, timeZoneOf, todayFor } from './clock.js';

const user = (timeZone?: string): Identity => ({ kind: 'user', userId: 'u', role: 'ASN', agencyId: '1', timeZone });

describe('the clock', () => {
  it('gives each agency its own date across midnight UTC', () => {
    // 18:00 UTC is 03:00 the next day in Ambon (UTC+9), 02:00 in Mamuju (UTC+8), 01:00 in Sabang (UTC+7).
    const clock = fixedClock('2026-11-30T18:00:00Z');
    expect(todayFor(clock, user('Asia/Jayapura'))).toBe('2026-12-01');
    expect(todayFor(clock, user('Asia/Makassar'))).toBe('2026-12-01');
    expect(todayFor(clock, user('Asia/Jakarta'))).toBe('2026-12-01');
    // 16:30 UTC: 01:30 in Ambon, 00:30 in Mamuju, 23:30 in Sabang.
    const earlier = fixedClock('2026-11-30T16:30:00Z');
    expect(todayFor(earlier, user('Asia/Jayapura'))).toBe('2026-12-01');
    expect(todayFor(earlier, user('Asia/Makassar'))).toBe('2026-12-01');
    expect(todayFor(earlier, user('Asia/Jakarta'))).toBe('2026-11-30');
    // 15:30 UTC: only Ambon has turned the day.
    const first = fixedClock('2026-11-30T15:30:00Z');
    expect(todayFor(first, user('Asia/Jayapura'))).toBe('2026-12-01');
    expect(todayFor(first, user('Asia/Makassar'))).toBe('2026-11-30');
  });

  it('turns the year in Ambon an hour before Mamuju and two before Sabang', () => {
    const instant = new Date('2026-12-31T15:30:00Z');
    expect(localDate(instant, 'Asia/Jayapura')).toBe('2027-01-01');
    expect(localDate(instant, 'Asia/Makassar')).toBe('2026-12-31');
    expect(localDate(instant, 'Asia/Jakarta')).toBe('2026-12-31');
    expect(localDate(new Date('2026-12-31T17:00:00Z'), 'Asia/Jakarta')).toBe('2027-01-01');
    // The hour of each zone's own day, midnight as 0.
    expect(localHour(instant, 'Asia/Jayapura')).toBe(0);
    expect(localHour(instant, 'Asia/Makassar')).toBe(23);
    expect(localHour(instant, 'Asia/Jakarta')).toBe(22);
  });

  it('reads a bare date as noon UTC, the same date in every Indonesian zone', () => {
    const clock = fixedClock('2026-12-31');
    for (const zone of ['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura']) {
      expect(todayFor(clock, user(zone))).toBe('2026-12-31');
    }
    expect(() => fixedClock('2026-13-45T00:00:00Z')).toThrow();
  });

  it('falls back to WIB without an agency zone, and for an unknown zone', () => {
    expect(timeZoneOf({ kind: 'system' })).toBe(DEFAULT_TIME_ZONE);
    expect(timeZoneOf(user())).toBe('Asia/Jakarta');
    expect(timeZoneOf(user('Mars/Olympus'))).toBe('Asia/Jakarta');
    expect(timeZoneOf({ kind: 'apiKey', keyId: 'k', agencyId: '1', scopes: [], timeZone: 'Asia/Jayapura' })).toBe(
      'Asia/Jayapura',
    );
  });

  it('takes CLOCK_AT from the environment and refuses a bad one', () => {
    expect(loadClock({ CLOCK_AT: '2026-11-30T18:00:00Z' })().toISOString()).toBe('2026-11-30T18:00:00.000Z');
    expect(() => loadClock({ CLOCK_AT: 'yesterday' })).toThrow(/CLOCK_AT/);
    expect(Math.abs(loadClock({})().getTime() - Date.now())).toBeLessThan(5000);
  });
});
