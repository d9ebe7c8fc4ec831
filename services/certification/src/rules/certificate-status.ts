// A certificate's status, computed at read time and never stored (docs/domain.md, "Certification"): revoked wins;
// then expired after the expiry date; expiring within the agency's window (default 90 days, a setting row); else
// active. The expiry date is the last valid day.
import { addDays, daysBetween } from './calendar.js';

export const CERTIFICATE_STATUSES = ['ACTIVE', 'EXPIRING', 'EXPIRED', 'REVOKED'] as const;
export type CertificateStatusValue = (typeof CERTIFICATE_STATUSES)[number];

export interface DatedCertificate {
  expiresOn: string | null;
  revokedOn: string | null;
}

/** The dates that separate the statuses on a given day, shared with the SQL filters so both agree. */
export interface StatusBounds {
  /** Expiry dates before this one are expired. */
  expiredBefore: string;
  /** Expiry dates from `expiredBefore` through this one are expiring. */
  expiringThrough: string;
}

export function statusBounds(today: string, expiringWithinDays: number): StatusBounds {
  return { expiredBefore: today, expiringThrough: addDays(today, expiringWithinDays) };
}

export function certificateStatus(
  certificate: DatedCertificate,
  today: string,
  expiringWithinDays: number,
): CertificateStatusValue {
  if (certificate.revokedOn !== null) return 'REVOKED';
  if (certificate.expiresOn === null) return 'ACTIVE';
  const bounds = statusBounds(today, expiringWithinDays);
  if (certificate.expiresOn < bounds.expiredBefore) return 'EXPIRED';
  if (certificate.expiresOn <= bounds.expiringThrough) return 'EXPIRING';
  return 'ACTIVE';
}

/** Days left until expiry (0 on the last valid day, negative once expired); null for a lifetime certificate. */
export function daysUntilExpiry(certificate: DatedCertificate, today: string): number | null {
  return certificate.expiresOn === null ? null : daysBetween(today, certificate.expiresOn);
}

/** Whether it still proves the competence: not revoked and not expired (expiring still counts). */
export function isValidCertificate(certificate: DatedCertificate, today: string): boolean {
  const status = certificateStatus(certificate, today, 0);
  return status === 'ACTIVE' || status === 'EXPIRING';
}
