import { describe, expect, it } from 'vitest';
import { certificateStatus, daysUntilExpiry, isValidCertificate } from './certificate-status.js';

const TODAY = '2026-06-01';
const expiring = (expiresOn: string | null, revokedOn: string | null = null) => ({ expiresOn, revokedOn });

describe('certificate status at read time', () => {
  it('is active when the expiry is more than 90 days away', () => {
    expect(certificateStatus(expiring('2026-08-31'), TODAY, 90)).toBe('ACTIVE'); // 91 days
  });

  it('is expiring from 90 days before expiry through the last valid day', () => {
    expect(certificateStatus(expiring('2026-08-30'), TODAY, 90)).toBe('EXPIRING'); // 90 days
    expect(certificateStatus(expiring('2026-06-01'), TODAY, 90)).toBe('EXPIRING'); // last valid day
  });

  it('is expired the day after the expiry date', () => {
    expect(certificateStatus(expiring('2026-05-31'), TODAY, 90)).toBe('EXPIRED');
  });

  it('follows the agency window: 30 days makes a 60-day-away expiry active', () => {
    expect(certificateStatus(expiring('2026-07-31'), TODAY, 30)).toBe('ACTIVE');
    expect(certificateStatus(expiring('2026-07-01'), TODAY, 30)).toBe('EXPIRING');
  });

  it('is active for ever when the scheme is lifetime', () => {
    expect(certificateStatus(expiring(null), '2090-01-01', 90)).toBe('ACTIVE');
  });

  it('lets revoked win over every other status', () => {
    expect(certificateStatus(expiring('2030-01-01', '2026-05-01'), TODAY, 90)).toBe('REVOKED');
    expect(certificateStatus(expiring('2020-01-01', '2019-05-01'), TODAY, 90)).toBe('REVOKED');
    expect(certificateStatus(expiring(null, '2026-05-01'), TODAY, 90)).toBe('REVOKED');
  });

  it('moves with the clock: active, then expiring, then expired', () => {
    const certificate = expiring('2027-05-10'); // issued 2024-05-10, BNSP 36 months
    expect(certificateStatus(certificate, '2027-01-01', 90)).toBe('ACTIVE');
    expect(certificateStatus(certificate, '2027-03-01', 90)).toBe('EXPIRING');
    expect(certificateStatus(certificate, '2027-05-11', 90)).toBe('EXPIRED');
  });

  it('counts the days left, across a leap day', () => {
    expect(daysUntilExpiry(expiring('2028-03-01'), '2028-02-28')).toBe(2);
    expect(daysUntilExpiry(expiring('2026-05-31'), TODAY)).toBe(-1);
    expect(daysUntilExpiry(expiring(null), TODAY)).toBeNull();
  });

  it('counts an expiring certificate as still valid, an expired or revoked one not', () => {
    expect(isValidCertificate(expiring('2026-06-01'), TODAY)).toBe(true);
    expect(isValidCertificate(expiring('2026-05-31'), TODAY)).toBe(false);
    expect(isValidCertificate(expiring(null, '2026-01-01'), TODAY)).toBe(false);
  });
});
