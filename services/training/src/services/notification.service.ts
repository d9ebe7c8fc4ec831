// Training's notifications. Event-driven ones are written in the event's own transaction (the transactional outbox):
// a request waits for the requester's manager (APPROVAL_WAITING), a decision reaches the requester
// (REQUEST_APPROVED / REQUEST_REJECTED). The JP shortfall reminder is time-based: swept when its reader opens the
// feed, from the JP projection (services/jp-projection.service.ts), once per year and threshold.
import {
  NotificationKind,
  inTransaction,
  isDuplicateKeyError,
  writeNotifications,
  type NotificationDraft,
} from '@asn/common';
import type { EntityManager } from 'typeorm';
import type { Context } from '../context.js';
import type { Enrolment } from '../entities/enrolment.entity.js';
import { jpReminderThreshold, yearEndOf } from '../rules/jp-reminder.js';
import type { EmployeeType } from '../types/employee-type.enum.js';
import { EnrolmentStatus } from '../types/enrolment-status.enum.js';
import { projectJp } from './jp-projection.service.js';
import { agencyInScope } from './settings.service.js';

export const NOTIFICATION_SOURCE = 'training';

const DECISION_KINDS: Partial<Record<EnrolmentStatus, NotificationKind>> = {
  [EnrolmentStatus.REQUESTED]: NotificationKind.APPROVAL_WAITING,
  [EnrolmentStatus.APPROVED]: NotificationKind.REQUEST_APPROVED,
  [EnrolmentStatus.REJECTED]: NotificationKind.REQUEST_REJECTED,
};

/** Whether moving an enrolment to `status` writes a notification. */
export function notifies(status: EnrolmentStatus): boolean {
  return DECISION_KINDS[status] !== undefined;
}

/** The session's training title and start, for the notification's text; loaded before the transaction. */
export async function enrolmentSubject(context: Context, enrolment: Pick<Enrolment, 'sessionId' | 'trainingId'>) {
  const [training, session] = await Promise.all([
    context.loaders.trainingsById.load(enrolment.trainingId),
    context.loaders.sessionsById.load(enrolment.sessionId),
  ]);
  return { title: training?.title ?? '', dueOn: session?.startDate ?? null };
}

/**
 * Writes, in the caller's transaction, the notification an enrolment's new status calls for (none for the others):
 * to the manager for a request, to the employee for a decision.
 */
export async function notifyEnrolmentStatus(
  manager: EntityManager,
  enrolment: Pick<Enrolment, 'id' | 'employeeId'>,
  status: EnrolmentStatus,
  subject: { title: string; dueOn: string | null },
): Promise<void> {
  const kind = DECISION_KINDS[status];
  if (!kind) return;
  const audience = kind === NotificationKind.APPROVAL_WAITING ? 'APPROVER' : 'SELF';
  await writeNotifications(manager, NOTIFICATION_SOURCE, [
    { kind, audience, employeeId: enrolment.employeeId, subjectId: enrolment.id, ...subject },
  ]);
}

/**
 * The JP shortfall reminder due today for the reader, written once per year and threshold (90, then 30 days before
 * 31 December). Runs on read, so it costs the projection's loads and, only when a reminder is due, one check of its
 * key; a concurrent sweep that wrote it first is not an error.
 */
export async function sweepJpReminder(
  context: Context,
  employeeId: number,
  employeeType: EmployeeType | undefined,
): Promise<void> {
  const { loaders } = context;
  const [enrolments, pastTrainings, placements] = await Promise.all([
    loaders.enrolmentsByEmployeeId.load(employeeId),
    loaders.pastTrainingsByEmployeeId.load(employeeId),
    loaders.placementsByEmployeeId.load(employeeId),
  ]);
  const projection = await projectJp(context, {
    employeeId,
    employeeType,
    agencyId: agencyInScope(context, enrolments) ?? 0,
    enrolments,
    pastTrainings,
    placements,
  });
  const threshold = jpReminderThreshold(context.today, projection.shortfall);
  if (threshold === null) return;
  const draft: NotificationDraft = {
    kind: NotificationKind.JP_SHORTFALL,
    audience: 'SELF',
    employeeId,
    subjectId: projection.year,
    threshold,
    title: `${projection.shortfall} JP`,
    dueOn: yearEndOf(context.today),
  };
  try {
    await inTransaction(context.dataSource, (manager) => writeNotifications(manager, NOTIFICATION_SOURCE, [draft]));
  } catch (error) {
    if (!isDuplicateKeyError(error)) throw error;
  }
}
