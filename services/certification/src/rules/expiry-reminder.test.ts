import { describe, expect, it } from 'vitest';
import { expiryReminderThreshold } from './expiry-reminder.js';

const certificate = (expiresOn: string | null, revokedOn: string | null = null) => ({ id: 7, expiresOn, revokedOn });
const none = new Set<number>();

describe('expiryReminderThreshold', () => {
  it('is due from the agency window (90 days by default), then from 30 days, through the last valid day', () => {
    expect(expiryReminderThreshold(certificate('2027-03-31'), '2026-12-30', 90, none)).toBeNull();
    expect(expiryReminderThreshold(certificate('2027-03-31'), '2026-12-31', 90, none)).toBe(90);
    expect(expiryReminderThreshold(certificate('2027-03-31'), '2027-01-01', 90, none)).toBe(90);
    expect(expiryReminderThreshold(certificate('2027-03-31'), '2027-03-01', 90, none)).toBe(30);
    expect(expiryReminderThreshold(certificate('2027-03-31'), '2027-03-31', 90, none)).toBe(30);
  });

  it('follows an agency window narrower than 30 days', () => {
    expect(expiryReminderThreshold(certificate('2027-03-31'), '2027-03-10', 14, none)).toBe(30);
    expect(expiryReminderThreshold(certificate('2027-03-31'), '2027-03-20', 14, none)).toBe(14);
  });

  it('never reminds of an expired, revoked, lifetime or renewed certificate', () => {
    expect(expiryReminderThreshold(certificate('2027-03-31'), '2027-04-01', 90, none)).toBeNull();
    expect(expiryReminderThreshold(certificate('2027-03-31', '2027-01-05'), '2027-03-01', 90, none)).toBeNull();
    expect(expiryReminderThreshold(certificate(null), '2027-03-01', 90, none)).toBeNull();
    expect(expiryReminderThreshold(certificate('2027-03-31'), '2027-03-01', 90, new Set([7]))).toBeNull();
  });
});
