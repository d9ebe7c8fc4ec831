import { describe, expect, it } from 'vitest';
import { LAPSING_WINDOW_DAYS, UNUSED_MONTHS, checkActivity, checkAgreement, partnershipStatus } from './partnership.js';

const period = { startsOn: '2024-01-15', endsOn: '2028-01-14', endedOn: null };

describe('partnershipStatus', () => {
  it('is ACTIVE while running with an activity in the last six months', () => {
    expect(partnershipStatus(period, '2026-06-02', '2026-12-01')).toBe('ACTIVE');
  });

  it('is UNUSED with no activity since six months before today', () => {
    expect(partnershipStatus(period, '2026-05-31', '2026-12-01')).toBe('UNUSED');
    expect(partnershipStatus(period, null, '2026-12-01')).toBe('UNUSED');
  });

  it('is not UNUSED before the agreement has run six months', () => {
    expect(partnershipStatus({ ...period, startsOn: '2026-07-01' }, null, '2026-12-01')).toBe('ACTIVE');
  });

  it('is LAPSING within 90 days of its end, even when used', () => {
    expect(partnershipStatus({ ...period, endsOn: '2027-03-01' }, '2026-11-01', '2026-12-01')).toBe('LAPSING');
    expect(partnershipStatus({ ...period, endsOn: '2027-03-02' }, '2026-11-01', '2026-12-01')).toBe('ACTIVE');
  });

  it('counts the lapsing window in whole days: 89 and 90 days before the end lapsing, 91 not', () => {
    expect(LAPSING_WINDOW_DAYS).toBe(90);
    const used = '2026-11-01';
    expect(partnershipStatus({ ...period, endsOn: '2027-02-28' }, used, '2026-12-01')).toBe('LAPSING');
    expect(partnershipStatus({ ...period, endsOn: '2027-03-01' }, used, '2026-12-01')).toBe('LAPSING');
    expect(partnershipStatus({ ...period, endsOn: '2027-03-02' }, used, '2026-12-01')).toBe('ACTIVE');
  });

  it('counts the unused window in calendar months: an activity exactly 6 months ago still counts, a day earlier not', () => {
    expect(UNUSED_MONTHS).toBe(6);
    expect(partnershipStatus(period, '2026-06-02', '2026-12-01')).toBe('ACTIVE');
    expect(partnershipStatus(period, '2026-06-01', '2026-12-01')).toBe('ACTIVE');
    expect(partnershipStatus(period, '2026-05-31', '2026-12-01')).toBe('UNUSED');
  });

  it('calls an agreement unused from the day it has run exactly 6 months without an activity', () => {
    expect(partnershipStatus({ ...period, startsOn: '2026-06-02' }, null, '2026-12-01')).toBe('ACTIVE');
    expect(partnershipStatus({ ...period, startsOn: '2026-06-01' }, null, '2026-12-01')).toBe('UNUSED');
    expect(partnershipStatus({ ...period, startsOn: '2026-05-31' }, null, '2026-12-01')).toBe('UNUSED');
  });

  it('takes 6 months before the 31st of a month to the end of the shorter month', () => {
    expect(partnershipStatus(period, '2026-02-28', '2026-08-31')).toBe('ACTIVE');
    expect(partnershipStatus(period, '2026-02-27', '2026-08-31')).toBe('UNUSED');
  });

  it('takes the agency’s own windows: lapsing 30 days before the end, unused after 12 months', () => {
    const windows = { lapsingDays: 30, unusedMonths: 12 };
    expect(partnershipStatus({ ...period, endsOn: '2026-12-31' }, '2026-11-01', '2026-12-01', windows)).toBe('LAPSING');
    expect(partnershipStatus({ ...period, endsOn: '2027-01-01' }, '2026-11-01', '2026-12-01', windows)).toBe('ACTIVE');
    expect(partnershipStatus(period, '2025-12-01', '2026-12-01', windows)).toBe('ACTIVE');
    expect(partnershipStatus(period, '2025-11-30', '2026-12-01', windows)).toBe('UNUSED');
  });

  it('is LAPSED after its end date or once ended early', () => {
    expect(partnershipStatus({ ...period, endsOn: '2026-11-30' }, '2026-11-01', '2026-12-01')).toBe('LAPSED');
    expect(partnershipStatus({ ...period, endedOn: '2026-11-30' }, '2026-11-01', '2026-12-01')).toBe('LAPSED');
    expect(partnershipStatus({ ...period, endedOn: '2026-12-01' }, '2026-11-01', '2026-12-01')).toBe('LAPSED');
    expect(partnershipStatus({ ...period, endsOn: '2026-12-01' }, '2026-11-01', '2026-12-01')).toBe('LAPSING');
  });
});

describe('checkAgreement', () => {
  it('refuses an end before the start and a period over ten years', () => {
    expect(checkAgreement({ startsOn: '2026-01-02', endsOn: '2026-01-01' })?.reason).toBe('END_BEFORE_START');
    expect(checkAgreement({ startsOn: '2026-01-01', endsOn: '2036-01-02' })?.reason).toBe('AGREEMENT_TOO_LONG');
    expect(checkAgreement({ startsOn: '2026-01-01', endsOn: '2036-01-01' })).toBeNull();
  });
});

describe('checkActivity', () => {
  it('keeps activities within the agreement, up to the day it was ended', () => {
    expect(checkActivity(period, '2024-01-15')).toBeNull();
    expect(checkActivity(period, '2024-01-14')?.field).toBe('input.heldOn');
    expect(checkActivity({ ...period, endedOn: '2026-06-30' }, '2026-07-01')?.reason).toBe(
      'ACTIVITY_OUTSIDE_AGREEMENT',
    );
  });
});
