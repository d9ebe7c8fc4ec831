// Moving an enrolment along its life cycle: who may (policy.ts), whether the status allows it
// (rules/enrolment-transitions.ts), then one transaction whose UPDATE is conditional on the status read, so a
// concurrent change makes the second attempt fail cleanly instead of overwriting the first.
import { freeText } from '@asn/common';
import type { EntityManager } from 'typeorm';
import type { Context } from '../context.js';
import { auditedWrite, inTransaction } from '@asn/common';
import { Enrolment } from '../entities/enrolment.entity.js';
import { TrainingSession } from '../entities/training-session.entity.js';
import { invalid, invalidTransition, missing } from '../errors.js';
import { enrolmentSubject, notifies, notifyEnrolmentStatus } from './notification.service.js';
import { authorize, type Action } from '../policy.js';
import { canMoveEnrolment } from '../rules/enrolment-transitions.js';
import { EnrolmentStatus } from '../types/enrolment-status.enum.js';

/** Refuses a change the enrolment's life cycle does not allow. */
export function assertEnrolmentTransition(from: EnrolmentStatus, to: EnrolmentStatus): void {
  if (!canMoveEnrolment(from, to)) throw invalidTransition('input.enrolmentId', from, to);
}

export async function loadEnrolmentForUpdate({ dataSource }: Context, enrolmentId: number): Promise<Enrolment> {
  const enrolment = await dataSource.getRepository(Enrolment).findOneBy({ id: enrolmentId });
  if (!enrolment) throw missing('input.enrolmentId', 'ENROLMENT_NOT_FOUND');
  return enrolment;
}

/** Writes `changes` if the row still has the status it was read with; frees the seat when it leaves for good. */
export async function writeEnrolment(
  manager: EntityManager,
  enrolment: Enrolment,
  changes: Partial<Enrolment>,
): Promise<Enrolment> {
  const freesSeat = changes.status === EnrolmentStatus.CANCELLED || changes.status === EnrolmentStatus.REJECTED;
  const values = freesSeat ? { ...changes, liveSessionId: null } : changes;
  const where = { id: enrolment.id, status: enrolment.status };
  const result = await auditedWrite(manager, Enrolment, where, () =>
    manager.createQueryBuilder().update(Enrolment).set(values).where(where).execute(),
  );
  if (!result.affected)
    throw invalidTransition('input.enrolmentId', enrolment.status, changes.status ?? enrolment.status);
  if (freesSeat) {
    await auditedWrite(manager, TrainingSession, { id: enrolment.sessionId }, () =>
      manager
        .createQueryBuilder()
        .update(TrainingSession)
        .set({ seatsTaken: () => 'seats_taken - 1' })
        .where('id = :id', { id: enrolment.sessionId })
        .execute(),
    );
  }
  return Object.assign(enrolment, values);
}

/** The plain transitions (approve, reject, cancel, record attendance): authorize, check the status change, write. */
export async function transitionEnrolment(
  context: Context,
  input: { enrolmentId: number; note?: string },
  to: EnrolmentStatus,
  action: Action,
): Promise<Enrolment> {
  const enrolment = await loadEnrolmentForUpdate(context, input.enrolmentId);
  authorize(context.identity, action, enrolment);
  assertEnrolmentTransition(enrolment.status, to);
  const note = input.note === undefined ? undefined : freeText(input.note, 'input.note', { maxLength: 500 });
  if (to === EnrolmentStatus.ATTENDED) {
    const session = await context.loaders.sessionsById.load(enrolment.sessionId);
    if (session && session.startDate > context.today)
      throw invalid(
        'input.enrolmentId',
        'SESSION_NOT_STARTED',
        { startDate: session.startDate },
        { startDate: session.startDate },
      );
  }
  const subject = notifies(to) ? await enrolmentSubject(context, enrolment) : null;
  return inTransaction(context.dataSource, async (manager) => {
    const written = await writeEnrolment(manager, enrolment, {
      status: to,
      ...(note !== undefined && { decisionNote: note }),
    });
    if (subject) await notifyEnrolmentStatus(manager, written, to, subject);
    return written;
  });
}
