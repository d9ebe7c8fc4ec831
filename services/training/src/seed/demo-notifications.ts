// Demo notifications, as the events would have written them: each request still waiting tells its requester's
// manager, and each decision tells the requester (asn.ambon.1 has an approval among theirs). The reminders (JP
// shortfall, certificate expiry, seats open for one's gaps) are swept when the feed is read.
import { NotificationKind, type NotificationDraft } from '@asn/common';
import type { Enrolment } from '../entities/enrolment.entity.js';
import type { TrainingSession } from '../entities/training-session.entity.js';
import type { Training } from '../entities/training.entity.js';
import { EnrolmentStatus } from '../types/enrolment-status.enum.js';

const KINDS: Partial<Record<EnrolmentStatus, NotificationKind>> = {
  [EnrolmentStatus.REQUESTED]: NotificationKind.APPROVAL_WAITING,
  [EnrolmentStatus.APPROVED]: NotificationKind.REQUEST_APPROVED,
  [EnrolmentStatus.REJECTED]: NotificationKind.REQUEST_REJECTED,
};

export function demoNotifications(
  enrolments: Enrolment[],
  trainings: Map<number, Training>,
  sessions: Map<number, TrainingSession>,
): NotificationDraft[] {
  return enrolments.flatMap((enrolment) => {
    const kind = KINDS[enrolment.status];
    if (!kind) return [];
    return [
      {
        kind,
        audience: kind === NotificationKind.APPROVAL_WAITING ? 'APPROVER' : 'SELF',
        employeeId: enrolment.employeeId,
        subjectId: enrolment.id,
        title: trainings.get(enrolment.trainingId)?.title ?? '',
        dueOn: sessions.get(enrolment.sessionId)?.startDate ?? null,
      },
    ];
  });
}
