// Recording what came of a training: results (completed with JP credited, or failed), the participant's reaction,
// and the manager's rating of how the trainee applies it. Each validates everything before it writes.
import type { Context } from '../context.js';
import { inTransaction, parseId, freeText } from '@asn/common';
import type { Enrolment } from '../entities/enrolment.entity.js';
import { invalid, invalidTransition } from '../errors.js';
import type { RateApplicationInput, RecordReactionInput, RecordResultsInput } from '../inputs/enrolment.input.js';
import { authorize } from '../policy.js';
import { passesPostTest } from '../rules/enrolment-transitions.js';
import { EnrolmentStatus } from '../types/enrolment-status.enum.js';
import { assertEnrolmentTransition, loadEnrolmentForUpdate, writeEnrolment } from './enrolment-transition.service.js';

function assertRange(
  field: string,
  value: number | undefined,
  min: number,
  max: number,
  reason: 'SCORE_OUT_OF_RANGE' | 'RATING_OUT_OF_RANGE',
) {
  if (value === undefined || value === null) return;
  if (!Number.isInteger(value) || value < min || value > max) {
    throw invalid(field, reason, { min, max });
  }
}

export async function recordResults(context: Context, input: RecordResultsInput): Promise<Enrolment> {
  const enrolment = await loadEnrolmentForUpdate(context, parseId(input.enrolmentId, 'input.enrolmentId'));
  authorize(context.identity, 'employee:decide', enrolment);
  assertRange('input.preTestScore', input.preTestScore, 0, 100, 'SCORE_OUT_OF_RANGE');
  assertRange('input.postTestScore', input.postTestScore, 0, 100, 'SCORE_OUT_OF_RANGE');
  const [training, session, settings] = await Promise.all([
    context.loaders.trainingsById.load(enrolment.trainingId),
    context.loaders.sessionsById.load(enrolment.sessionId),
    context.loaders.jpSettingsByAgencyId.load(enrolment.agencyId),
  ]);
  // COMPLETED means finished with a pass (the schema says so): a post-test below the agency's pass mark is FAILED
  // and earns no JP, however the training was attended.
  const passed = input.completed && passesPostTest(input.postTestScore ?? null, settings.postTestPassScore) !== false;
  const to = passed ? EnrolmentStatus.COMPLETED : EnrolmentStatus.FAILED;
  assertEnrolmentTransition(enrolment.status, to);
  // A session on its last day has ended by the end of today: its end date is the completion date, never later.
  if (session!.endDate > context.today)
    throw invalid(
      'input.enrolmentId',
      'SESSION_NOT_ENDED',
      { endDate: session!.endDate },
      { endDate: session!.endDate },
    );
  return inTransaction(context.dataSource, (manager) =>
    writeEnrolment(manager, enrolment, {
      status: to,
      preTestScore: input.preTestScore ?? null,
      postTestScore: input.postTestScore ?? null,
      certificateNumber: freeText(input.certificateNumber, 'input.certificateNumber', { maxLength: 100 }),
      // JP count in the year of the activity's end date (docs/domain.md), so the completion date is the session's end.
      jpCredited: passed ? training!.jp : null,
      completedOn: passed ? session!.endDate : null,
    }),
  );
}

const REACTABLE = new Set([EnrolmentStatus.ATTENDED, EnrolmentStatus.COMPLETED, EnrolmentStatus.FAILED]);

export async function recordReaction(context: Context, input: RecordReactionInput): Promise<Enrolment> {
  const enrolment = await loadEnrolmentForUpdate(context, parseId(input.enrolmentId, 'input.enrolmentId'));
  authorize(context.identity, 'employee:react', enrolment);
  if (!REACTABLE.has(enrolment.status)) throw invalidTransition('input.enrolmentId', enrolment.status, 'REACTED');
  assertRange('input.rating', input.rating, 1, 5, 'RATING_OUT_OF_RANGE');
  const reactionComment = freeText(input.comment, 'input.comment', { maxLength: 1000 });
  return inTransaction(context.dataSource, (manager) =>
    writeEnrolment(manager, enrolment, { reactionRating: input.rating, reactionComment }),
  );
}

export async function rateApplication(context: Context, input: RateApplicationInput): Promise<Enrolment> {
  const enrolment = await loadEnrolmentForUpdate(context, parseId(input.enrolmentId, 'input.enrolmentId'));
  authorize(context.identity, 'employee:decide', enrolment);
  if (enrolment.status !== EnrolmentStatus.COMPLETED) {
    throw invalidTransition('input.enrolmentId', enrolment.status, 'APPLICATION_RATED');
  }
  assertRange('input.rating', input.rating, 1, 5, 'RATING_OUT_OF_RANGE');
  return inTransaction(context.dataSource, (manager) =>
    writeEnrolment(manager, enrolment, {
      applicationRating: input.rating,
      applicationRatedOn: context.today,
      followUp: input.followUp ?? null,
    }),
  );
}
