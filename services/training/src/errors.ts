// The training subgraph's reason codes and the errors it raises, each with its Indonesian and English message.
import { badInput, type LocalizedMessage } from '@asn/common';

export const TrainingReason = {
  SESSION_FULL: 'SESSION_FULL',
  ALREADY_ENROLLED: 'ALREADY_ENROLLED',
  REGISTRATION_CLOSED: 'REGISTRATION_CLOSED',
  INVALID_TRANSITION: 'INVALID_TRANSITION',
  PREREQUISITE_MISSING: 'PREREQUISITE_MISSING',
  SCORE_OUT_OF_RANGE: 'SCORE_OUT_OF_RANGE',
  RATING_OUT_OF_RANGE: 'RATING_OUT_OF_RANGE',
  SESSION_NOT_OF_TRAINING: 'SESSION_NOT_OF_TRAINING',
  PLAN_EXISTS: 'PLAN_EXISTS',
  PLAN_EMPTY: 'PLAN_EMPTY',
  DATES_INVALID: 'DATES_INVALID',
  VALUE_INVALID: 'VALUE_INVALID',
  TEXT_TOO_LONG: 'TEXT_TOO_LONG',
  NOT_FOUND: 'NOT_FOUND',
  SESSION_CANCELLED: 'SESSION_CANCELLED',
  SESSION_HELD: 'SESSION_HELD',
} as const;

export type TrainingReasonCode = (typeof TrainingReason)[keyof typeof TrainingReason];

export function trainingInput(field: string, reason: TrainingReasonCode, message: LocalizedMessage) {
  return badInput(field, reason, message);
}

/** A status change the life cycle does not allow from where the record stands. */
export function invalidTransition(field: string, from: string, to: string) {
  return badInput(
    field,
    TrainingReason.INVALID_TRANSITION,
    {
      id: `Status tidak dapat diubah dari ${from} ke ${to}.`,
      en: `The status cannot change from ${from} to ${to}.`,
    },
    { from, to },
  );
}

export function sessionFull(field: string) {
  return badInput(field, TrainingReason.SESSION_FULL, {
    id: 'Angkatan ini sudah penuh.',
    en: 'This session is full.',
  });
}
