// Which expiry reminder a certificate is due (docs/domain.md, "Certification"): one when it enters the agency's
// expiring window (default 90 days, a setting row) and one 30 days before its last valid day. None for a revoked,
// lifetime, expired or renewed certificate (the status and renewal rules of rules/certificate-status.ts).
import { reminderThreshold } from '@asn/common';
import { certificateStatus, type DatedCertificate } from './certificate-status.js';

/** The last reminder before expiry, whatever the agency's window. */
export const FINAL_REMINDER_DAYS = 30;

/** The reminder due today (the window's days, or 30), or null; `renewed` is renewedIds of the holder's certificates. */
export function expiryReminderThreshold(
  certificate: DatedCertificate & { id: number },
  today: string,
  expiringWithinDays: number,
  renewed: ReadonlySet<number>,
): number | null {
  const thresholds = [expiringWithinDays, FINAL_REMINDER_DAYS];
  const status = certificateStatus(certificate, today, Math.max(...thresholds));
  if (status !== 'EXPIRING' || certificate.expiresOn === null || renewed.has(certificate.id)) return null;
  return reminderThreshold(today, certificate.expiresOn, thresholds);
}
