// An administrator changes or cancels a session of their agency. Cancelling cancels every live request and seat
// with the reason as the decision note (freeing the seats), and is refused once anyone has attended: a session
// that was held is history.
import { intInRange, inTransaction, parseId, requiredText } from '@asn/common';
import { In } from 'typeorm';
import type { Context } from '../context.js';
import { Enrolment } from '../entities/enrolment.entity.js';
import { TrainingSession } from '../entities/training-session.entity.js';
import { Training } from '../entities/training.entity.js';
import { invalid, missing } from '../errors.js';
import type { CancelTrainingSessionInput, UpdateTrainingSessionInput } from '../inputs/catalog-admin.input.js';
import { authorize } from '../policy.js';
import { offeredAsSession } from '../rules/offered-as-session.js';
import { EnrolmentStatus } from '../types/enrolment-status.enum.js';
import { writeEnrolment } from './enrolment-transition.service.js';

async function loadSession(context: Context, idText: string): Promise<TrainingSession> {
  authorize(context.identity, 'catalog:manage');
  const session = await context.dataSource
    .getRepository(TrainingSession)
    .findOneBy({ id: parseId(idText, 'input.sessionId') });
  if (!session) throw missing('input.sessionId', 'SESSION_NOT_FOUND');
  authorize(context.identity, 'catalog:keep', session);
  if (session.cancelledOn !== null) {
    throw invalid('input.sessionId', 'SESSION_CANCELLED');
  }
  return session;
}

export async function updateTrainingSession(
  context: Context,
  input: UpdateTrainingSessionInput,
): Promise<TrainingSession> {
  const session = await loadSession(context, input.sessionId);
  // A degree session left from before degree study is only cancelled, never rescheduled (docs/domain.md).
  const training = await context.dataSource.getRepository(Training).findOneBy({ id: session.trainingId });
  if (training && !offeredAsSession(training)) throw invalid('input.sessionId', 'DEGREE_BY_STUDY');
  if (input.endDate < input.startDate || input.registrationDeadline > input.startDate) {
    throw invalid('input.endDate', 'SESSION_DATES');
  }
  const capacity = intInRange('input.capacity', input.capacity, Math.max(1, session.seatsTaken), 100_000);
  const values = {
    name: requiredText('input.name', input.name, 100),
    location: requiredText('input.location', input.location, 200),
    startDate: input.startDate,
    endDate: input.endDate,
    mode: input.mode,
    registrationDeadline: input.registrationDeadline,
    capacity,
  };
  return inTransaction(context.dataSource, (manager) =>
    manager.getRepository(TrainingSession).save({ ...session, ...values }),
  );
}

const LIVE = [EnrolmentStatus.REQUESTED, EnrolmentStatus.APPROVED];
const HELD = [EnrolmentStatus.ATTENDED, EnrolmentStatus.COMPLETED, EnrolmentStatus.FAILED];

export async function cancelTrainingSession(
  context: Context,
  input: CancelTrainingSessionInput,
): Promise<TrainingSession> {
  const session = await loadSession(context, input.sessionId);
  const reason = requiredText('input.reason', input.reason, 400);
  const enrolments = await context.dataSource
    .getRepository(Enrolment)
    .findBy({ sessionId: session.id, status: In([...LIVE, ...HELD]) });
  if (enrolments.some((enrolment) => HELD.includes(enrolment.status))) {
    throw invalid('input.sessionId', 'SESSION_HELD');
  }
  return inTransaction(context.dataSource, async (manager) => {
    for (const enrolment of enrolments) {
      await writeEnrolment(manager, enrolment, {
        status: EnrolmentStatus.CANCELLED,
        decisionNote: `Angkatan dibatalkan: ${reason}`,
      });
    }
    return manager
      .getRepository(TrainingSession)
      .save({ ...session, seatsTaken: 0, cancelledOn: context.today, cancelReason: reason });
  });
}
