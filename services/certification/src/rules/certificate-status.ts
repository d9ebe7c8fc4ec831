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

/**
 * A renewed certificate is no reminder: once a renewal that stands (not revoked) exists, the holder has nothing to do
 * about the old one's expiry, so the expiring lists leave it out (its own status still reads as dated). A revoked
 * renewal does not count, so the old certificate comes back as a reminder.
 */
export function renewedIds(certificates: { renewsId: number | null; revokedOn: string | null }[]): Set<number> {
  return new Set(
    certificates.flatMap((row) => (row.renewsId !== null && row.revokedOn === null ? [row.renewsId] : [])),
  );
}

/** The SQL form of the same rule, for a query over `certificate` aliased `alias`. */
export function notRenewedCondition(alias: string): string {
  return `NOT EXISTS (SELECT 1 FROM certificate renewal WHERE renewal.renews_id = ${alias}.id AND renewal.revoked_on IS NULL)`;
}
