// Training's notifications. Event-driven ones are written in the event's own transaction (the transactional outbox):
// a request waits for the requester's manager (APPROVAL_WAITING), a decision reaches the requester
// (REQUEST_APPROVED / REQUEST_REJECTED). Two reminders are time-based: the
// JP shortfall, from the JP projection (services/jp-projection.service.ts), once per year and threshold; and seats
// open in a training that closes one of the reader's gaps (rules/seats-open.ts), once per session. They are swept
// when their reader opens the feed, and for everyone once a day by the gateway's reminder sweep (docs/architecture.md).
import {
  NotificationKind,
  loadAll,
  parseId,
  writeNotifications,
  writeSweptNotifications,
  type NotificationDraft,
} from '@asn/common';
import type { EntityManager } from 'typeorm';
import type { Context } from '../context.js';
import type { Enrolment } from '../entities/enrolment.entity.js';
import type { Employee } from '../external/employee.js';
import { jpReminderThreshold, yearEndOf } from '../rules/jp-reminder.js';
import { offeredAsSession } from '../rules/offered-as-session.js';
import { sessionsToRemind, type SeatGap } from '../rules/seats-open.js';
import type { EmployeeType } from '../types/employee-type.enum.js';
import { EnrolmentStatus } from '../types/enrolment-status.enum.js';
import { TrainingCategory } from '../types/training-category.enum.js';
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
 * 31 December). Runs on read, so it costs the projection's loads; a reminder already in the feed is not written again.
 */
export async function sweepJpReminder(
  context: Context,
  employeeId: number,
  employeeType: EmployeeType | undefined,
): Promise<number> {
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
  if (threshold === null) return 0;
  const draft: NotificationDraft = {
    kind: NotificationKind.JP_SHORTFALL,
    audience: 'SELF',
    employeeId,
    subjectId: projection.year,
    threshold,
    title: `${projection.shortfall} JP`,
    dueOn: yearEndOf(context.today),
  };
  return writeSweptNotifications(context.loaders, employeeId, NOTIFICATION_SOURCE, [draft]);
}

const LIVE_OR_DONE = [
  EnrolmentStatus.REQUESTED,
  EnrolmentStatus.APPROVED,
  EnrolmentStatus.ATTENDED,
  EnrolmentStatus.COMPLETED,
];

/**
 * Reminds the reader of seats open in sessions of trainings that close or narrow one of their gaps (personnel's
 * Employee.competencyGaps), one notification per session ever; each sweep names at most the SEATS_OPEN_CAP soonest
 * to close, so many gaps never flood the feed. Loaders only, in a few rounds whatever the number of gaps, trainings
 * and sessions; a settled read writes nothing (writeSweptNotifications).
 */
export async function sweepSeatsOpen(context: Context, employeeId: number, gaps: SeatGap[]): Promise<number> {
  const { loaders, today } = context;
  const [links, enrolments] = await Promise.all([
    loadAll(
      loaders.trainingsByCompetencyId,
      gaps.map((gap) => gap.competencyId),
    ),
    loaders.enrolmentsByEmployeeId.load(employeeId),
  ]);
  const ids = [...new Set(links.flat().map((link) => link.trainingId))];
  if (ids.length === 0) return 0;
  const [trainings, sessions, prerequisites] = await Promise.all([
    loadAll(loaders.trainingsById, ids),
    loadAll(loaders.sessionsByTrainingId, ids),
    loadAll(loaders.prerequisitesByTrainingId, ids),
  ]);
  const providers = await loadAll(
    loaders.providersById,
    trainings.flatMap((training) => (training ? [training.providerId] : [])),
  );
  const retiredProviders = new Set(providers.flatMap((p) => (p && p.retiredOn !== null ? [p.id] : [])));
  const picked = sessionsToRemind({
    today,
    agencyId: agencyInScope(context),
    gaps,
    trainings: ids.map((id, i) => {
      const training = trainings[i];
      return {
        id,
        offered:
          !!training &&
          training.retiredOn === null &&
          offeredAsSession(training) &&
          !retiredProviders.has(training.providerId),
        leadership: training?.category === TrainingCategory.LEADERSHIP,
        competencies: links.flat().filter((link) => link.trainingId === id),
        prerequisiteIds: prerequisites[i]!.map((row) => row.prerequisiteId),
      };
    }),
    sessions: sessions.flat(),
    takenTrainingIds: new Set(enrolments.filter((e) => LIVE_OR_DONE.includes(e.status)).map((e) => e.trainingId)),
    completedTrainingIds: new Set(
      enrolments.filter((e) => e.status === EnrolmentStatus.COMPLETED).map((e) => e.trainingId),
    ),
  });
  const titles = new Map(trainings.flatMap((training) => (training ? [[training.id, training.title]] : [])));
  const drafts = picked.map((session): NotificationDraft => ({
    kind: NotificationKind.SEATS_OPEN,
    audience: 'SELF',
    employeeId,
    subjectId: session.id,
    title: titles.get(session.trainingId) ?? '',
    dueOn: session.registrationDeadline,
  }));
  // Written latest deadline first, so the feed (newest first) lists the session closing soonest on top.
  return writeSweptNotifications(loaders, employeeId, NOTIFICATION_SOURCE, drafts.reverse());
}

/**
 * Both time-based reminders due today for one employee as personnel sends them (`employeeType`, `competencyGaps`):
 * what the feed sweeps on read and the scheduled reminder sweep runs for everyone. Returns how many were written.
 */
export async function sweepDueReminders(
  context: Context,
  employee: Pick<Employee, 'id' | 'employeeType' | 'competencyGaps'>,
): Promise<number> {
  const employeeId = parseId(employee.id, 'id');
  const gaps = (employee.competencyGaps ?? []).map((gap) => ({
    competencyId: parseId(gap.competencyId, 'competencyGaps.competencyId'),
    requiredLevel: gap.requiredLevel,
    currentLevel: gap.currentLevel,
  }));
  const [jp, seats] = await Promise.all([
    sweepJpReminder(context, employeeId, employee.employeeType),
    sweepSeatsOpen(context, employeeId, gaps),
  ]);
  return jp + seats;
}
