import { describe, expect, it } from 'vitest';
import { isInSuccessionPool, isKeyPosition, retiresWithin, successionReadiness } from './succession.js';

describe('successionReadiness (from the planner’s eligibleOn, against the agency’s today)', () => {
  const today = '2026-12-01';
  it.each([
    ['2025-03-01', 'READY_NOW'],
    ['2026-12-01', 'READY_NOW'],
    ['2026-12-02', 'WITHIN_2_YEARS'],
    ['2028-12-01', 'WITHIN_2_YEARS'],
    ['2028-12-02', 'LATER'],
    [null, 'BLOCKED'],
  ] as const)('eligible on %s is %s', (eligibleOn, readiness) => {
    expect(successionReadiness(eligibleOn, today)).toBe(readiness);
  });

  it('counts two years from 29 February to 28 February', () => {
    expect(successionReadiness('2030-02-28', '2028-02-29')).toBe('WITHIN_2_YEARS');
    expect(successionReadiness('2030-03-01', '2028-02-29')).toBe('LATER');
  });
});

describe('key positions and the pool', () => {
  it('takes JPT Pratama and Administrator posts only', () => {
    expect(isKeyPosition('JPT_PRATAMA')).toBe(true);
    expect(isKeyPosition('ADMINISTRATOR')).toBe(true);
    expect(isKeyPosition('PENGAWAS')).toBe(false);
    expect(isKeyPosition('JPT_MADYA')).toBe(false);
    expect(isKeyPosition('FUNGSIONAL')).toBe(false);
  });

  it('pools boxes 7 to 9 only, and nobody without a box', () => {
    expect([null, 1, 5, 6, 7, 8, 9].map(isInSuccessionPool)).toEqual([false, false, false, false, true, true, true]);
  });
});

describe('retiresWithin', () => {
  it('flags a retirement up to the horizon’s last day, and one already past', () => {
    expect(retiresWithin('2028-12-01', '2026-12-01', 2)).toBe(true);
    expect(retiresWithin('2028-12-02', '2026-12-01', 2)).toBe(false);
    expect(retiresWithin('2026-01-01', '2026-12-01', 2)).toBe(true);
  });
});
