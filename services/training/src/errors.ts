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
  SESSION_NOT_STARTED: 'SESSION_NOT_STARTED',
  SESSION_NOT_ENDED: 'SESSION_NOT_ENDED',
  SESSION_IN_OTHER_YEAR: 'SESSION_IN_OTHER_YEAR',
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

/** Attendance is recorded once the session has started (its start date is today or past, in the agency's date). */
export function sessionNotStarted(field: string, startDate: string) {
  return badInput(
    field,
    TrainingReason.SESSION_NOT_STARTED,
    { id: `Angkatan ini baru mulai ${startDate}.`, en: `This session only starts on ${startDate}.` },
    { startDate },
  );
}

/** Results are recorded once the session has ended, so the completion date (its end) is never in the future. */
export function sessionNotEnded(field: string, endDate: string) {
  return badInput(
    field,
    TrainingReason.SESSION_NOT_ENDED,
    { id: `Angkatan ini baru selesai ${endDate}.`, en: `This session only ends on ${endDate}.` },
    { endDate },
  );
}

/** JP belong to the year a session ends (domain.md): its item goes into that year's plan, named in the refusal. */
export function sessionInOtherYear(field: string, endDate: string, planYear: number) {
  const year = Number(endDate.slice(0, 4));
  return badInput(
    field,
    TrainingReason.SESSION_IN_OTHER_YEAR,
    {
      id: `Angkatan ini selesai ${endDate}: masukkan ke rencana tahun ${year}, bukan ${planYear}.`,
      en: `This session ends on ${endDate}: add it to the ${year} plan, not ${planYear}.`,
    },
    { endDate, year },
  );
}

export function sessionFull(field: string) {
  return badInput(field, TrainingReason.SESSION_FULL, {
    id: 'Angkatan ini sudah penuh.',
    en: 'This session is full.',
  });
}
