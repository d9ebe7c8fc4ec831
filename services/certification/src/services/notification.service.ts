// Certification's notifications: the expiry reminders (CERTIFICATE_EXPIRING, at the agency's window and at 30 days),
// time-based, so swept when their reader opens the feed and for everyone once a day by the gateway's reminder sweep
// (docs/architecture.md): from the holder's certificates, the agency windows and the
// scheme names, all through loaders; each reminder is written once (its dedupe key carries the threshold, and one
// already in the feed is left out, see writeSweptNotifications).
import { NotificationKind, loadAll, writeSweptNotifications, type NotificationDraft } from '@asn/common';
import type { Context } from '../context.js';
import { renewedIds } from '../rules/certificate-status.js';
import { expiryReminderThreshold } from '../rules/expiry-reminder.js';

export const NOTIFICATION_SOURCE = 'certification';

/** Writes the expiry reminders due today for one holder; returns how many were new. */
export async function sweepExpiryReminders(context: Context, employeeId: number): Promise<number> {
  const { loaders, today } = context;
  const held = await loaders.certificatesByEmployeeId.load(employeeId);
  const [windows, schemes] = await Promise.all([
    loadAll(
      loaders.expiringWindowByAgencyId,
      held.map((row) => row.agencyId),
    ),
    loadAll(
      loaders.schemesById,
      held.map((row) => row.schemeId),
    ),
  ]);
  const renewed = renewedIds(held);
  const drafts: NotificationDraft[] = held.flatMap((certificate, i) => {
    const threshold = expiryReminderThreshold(certificate, today, windows[i]!, renewed);
    if (threshold === null) return [];
    return [
      {
        kind: NotificationKind.CERTIFICATE_EXPIRING,
        audience: 'SELF' as const,
        employeeId,
        subjectId: certificate.id,
        threshold,
        title: schemes[i]?.name ?? certificate.number,
        dueOn: certificate.expiresOn,
      },
    ];
  });
  return writeSweptNotifications(loaders, employeeId, NOTIFICATION_SOURCE, drafts);
}
