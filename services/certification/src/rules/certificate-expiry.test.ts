import { describe, expect, it } from 'vitest';
import { computeExpiry } from './certificate-expiry.js';

describe('certificate expiry', () => {
  it('counts the scheme validity in months from the issue date (BNSP: 36 months)', () => {
    expect(computeExpiry('2024-05-10', 36)).toBe('2027-05-10');
  });

  it('lands on the last day of a shorter month: issued 2024-01-31 + 1 month is 2024-02-29', () => {
    expect(computeExpiry('2024-01-31', 1)).toBe('2024-02-29');
    expect(computeExpiry('2023-01-31', 1)).toBe('2023-02-28');
  });

  it('takes a leap-day issue to 28 February in a common year, and back to 29 February four years on', () => {
    expect(computeExpiry('2024-02-29', 36)).toBe('2027-02-28');
    expect(computeExpiry('2024-02-29', 48)).toBe('2028-02-29');
  });

  it('uses the date the issuer gives over the scheme validity', () => {
    expect(computeExpiry('2024-01-31', 36, '2026-12-31')).toBe('2026-12-31');
  });

  it('has no expiry for a lifetime scheme', () => {
    expect(computeExpiry('2024-01-31', null)).toBeNull();
  });
});
