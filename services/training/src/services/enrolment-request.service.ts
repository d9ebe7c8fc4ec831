// Requesting a seat: checks first (session, deadline, prerequisites, one live enrolment), then one transaction that
// takes a seat with a conditional UPDATE (so concurrent requests on MySQL never overbook: the row lock serialises
// them and the WHERE refuses the seat past capacity) and inserts the enrolment, whose unique (employee, live session)
// index refuses a second live enrolment even when two requests race. A request sent again with its key (a retry after
// the first attempt committed but its answer was lost) gets the enrolment that attempt made.
import { auditedWrite, inTransaction, vouchedAgencyOf, type Identity } from '@asn/common';
import { In, QueryFailedError } from 'typeorm';
import type { Context } from '../context.js';
import { Enrolment } from '../entities/enrolment.entity.js';
import { TrainingPrerequisite } from '../entities/training-prerequisite.entity.js';
import { TrainingSession } from '../entities/training-session.entity.js';
import { Training } from '../entities/training.entity.js';
import { invalid, missing } from '../errors.js';
import { notifyEnrolmentStatus } from './notification.service.js';
import { authorize } from '../policy.js';
import { EnrolmentStatus } from '../types/enrolment-status.enum.js';
import { assertTrainingsInUse } from './training-in-use.service.js';

function isUniqueViolation(error: unknown): boolean {
  if (!(error instanceof QueryFailedError)) return false;
  const code = (error.driverError as { code?: string }).code ?? '';
  return code === 'ER_DUP_ENTRY' || code.startsWith('SQLITE_CONSTRAINT');
}

/** The agency a new row belongs to: the requester's (the ASN's own, or the manager's or administrator's). */
/** The agency a new row belongs to: the employee's or unit's as the gateway vouched for it, else the caller's. */
export function agencyOfRequester(
  identity: Identity,
  reference: { employeeId?: number; unitId?: number } = {},
): number {
  if (identity.kind !== 'user') return 0;
  return Number(vouchedAgencyOf(identity, reference) ?? identity.agencyId);
}

/** A client's request key: what a UUID or a ULID is made of, short enough to keep on the row. */
const REQUEST_KEY = /^[A-Za-z0-9_-]{1,64}$/;

export async function requestEnrolment(
  { dataSource, identity, today }: Context,
  employeeId: number,
  sessionId: number,
  requestKey?: string | null,
): Promise<Enrolment> {
  authorize(identity, 'employee:request', { employeeId });
  if (requestKey != null && !REQUEST_KEY.test(requestKey)) throw invalid('input.requestKey', 'REQUEST_KEY_INVALID');
  const enrolments = dataSource.getRepository(Enrolment);
  const liveEnrolment = () => enrolments.findOneBy({ employeeId, liveSessionId: sessionId });
  /** Whether `enrolment` is what an earlier attempt of this very request made. */
  const madeByThisRequest = (enrolment: Enrolment | null): enrolment is Enrolment =>
    requestKey != null && enrolment?.requestKey === requestKey;
  const live = await liveEnrolment();
  if (madeByThisRequest(live)) return live;
  const session = await dataSource.getRepository(TrainingSession).findOneBy({ id: sessionId });
  if (!session) throw missing('input.sessionId', 'SESSION_NOT_FOUND');
  if (session.cancelledOn !== null) {
    throw invalid('input.sessionId', 'SESSION_CANCELLED');
  }
  if (today > session.registrationDeadline) {
    throw invalid('input.sessionId', 'REGISTRATION_CLOSED', { deadline: session.registrationDeadline });
  }
  // A session of a training (or provider) retired since it was planned takes no new requests.
  const training = await dataSource.getRepository(Training).findOneBy({ id: session.trainingId });
  if (training) await assertTrainingsInUse(dataSource, [{ training, field: 'input.sessionId' }]);
  if (live) throw invalid('input.sessionId', 'ALREADY_ENROLLED');
  const prerequisites = await dataSource.getRepository(TrainingPrerequisite).findBy({ trainingId: session.trainingId });
  if (prerequisites.length > 0) {
    const done = await enrolments.findBy({
      employeeId,
      status: EnrolmentStatus.COMPLETED,
      trainingId: In(prerequisites.map((p) => p.prerequisiteId)),
    });
    const missing = prerequisites.filter((p) => !done.some((e) => e.trainingId === p.prerequisiteId));
    if (missing.length > 0) {
      throw invalid('input.sessionId', 'PREREQUISITE_MISSING');
    }
  }
  try {
    return await inTransaction(dataSource, async (manager) => {
      // The seat first: its row lock orders concurrent requests before the insert takes any lock of its own.
      const taken = await auditedWrite(manager, TrainingSession, { id: sessionId }, () =>
        manager
          .createQueryBuilder()
          .update(TrainingSession)
          .set({ seatsTaken: () => 'seats_taken + 1' })
          .where('id = :id AND seats_taken < capacity', { id: sessionId })
          .execute(),
      );
      if (!taken.affected) throw invalid('input.sessionId', 'SESSION_FULL');
      const enrolment = await manager.getRepository(Enrolment).save(
        manager.getRepository(Enrolment).create({
          employeeId,
          sessionId,
          liveSessionId: sessionId,
          trainingId: session.trainingId,
          agencyId: agencyOfRequester(identity, { employeeId }),
          status: EnrolmentStatus.REQUESTED,
          requestedOn: today,
          requestKey: requestKey ?? null,
        }),
      );
      // The manager's inbox item, in the same transaction (the outbox row with it).
      await notifyEnrolmentStatus(manager, enrolment, EnrolmentStatus.REQUESTED, {
        title: training?.title ?? '',
        dueOn: session.startDate,
      });
      return enrolment;
    });
  } catch (error) {
    // The first attempt of this request committed while this one waited for the seat's lock: it took the last seat
    // (SESSION_FULL here) or the live enrolment (the unique index).
    if (requestKey != null) {
      const raced = await liveEnrolment();
      if (madeByThisRequest(raced)) return raced;
    }
    if (isUniqueViolation(error)) throw invalid('input.sessionId', 'ALREADY_ENROLLED');
    throw error;
  }
}
