// Which sessions to remind a person of as "seats open in a training that closes my gap" (docs/domain.md, "Development
// plans and enrolment"): those they could request a seat in today (not cancelled, registration open, a seat left, not
// yet started, national or of their agency) of a training still offered that closes or narrows one of their gaps
// (rules/training-level.ts, as the needs analysis and the career planner count it), which they have not taken nor hold
// a live request or seat in, and whose prerequisites they completed (else the request is refused); never a leadership
// training, whose participants the agency nominates. A verdict only: the sweep writes it.
import { levelsClosed } from './training-level.js';

export interface SeatGap {
  competencyId: number;
  requiredLevel: number;
  currentLevel: number;
}

export interface SeatTraining {
  id: number;
  /** Still offered for new requests: not retired, its provider not retired, not a degree. */
  offered: boolean;
  /** A leadership training (PKN, PKA, PKP): its participants are put forward by the agency for a structural post they
   *  hold or are to hold, not people who see a gap in their own standard, so nobody is reminded of its seats. */
  leadership: boolean;
  /** The competencies it develops among the gaps', each up to its level. */
  competencies: { competencyId: number; maxLevel: number }[];
  prerequisiteIds: number[];
}

export interface SeatSession {
  id: number;
  trainingId: number;
  startDate: string;
  registrationDeadline: string;
  capacity: number;
  seatsTaken: number;
  cancelledOn: string | null;
  /** null for a national session. */
  agencyId: number | null;
}

/** A sweep names at most this many sessions (the soonest to close), so a person with many gaps is not flooded. */
export const SEATS_OPEN_CAP = 3;

export function isRequestableOn(session: SeatSession, today: string, agencyId: number | null): boolean {
  return (
    session.cancelledOn === null &&
    session.registrationDeadline >= today &&
    session.seatsTaken < session.capacity &&
    session.startDate > today &&
    (session.agencyId === null || session.agencyId === agencyId)
  );
}

export function narrowsAGap(training: Pick<SeatTraining, 'competencies'>, gaps: readonly SeatGap[]): boolean {
  return training.competencies.some((developed) =>
    gaps.some(
      (gap) =>
        gap.competencyId === developed.competencyId &&
        levelsClosed(gap.currentLevel, gap.requiredLevel, developed.maxLevel) > 0,
    ),
  );
}

/**
 * The sessions worth a reminder today, the fewest days to their registration deadline first (then the earliest
 * start, then the lowest id), at most SEATS_OPEN_CAP: the soonest to close are the ones a reminder can still save.
 */
export function sessionsToRemind(input: {
  today: string;
  agencyId: number | null;
  gaps: readonly SeatGap[];
  trainings: readonly SeatTraining[];
  sessions: readonly SeatSession[];
  /** Trainings the person completed, or holds a live request or seat in (requested, approved, attended). */
  takenTrainingIds: ReadonlySet<number>;
  completedTrainingIds: ReadonlySet<number>;
}): SeatSession[] {
  const fitting = new Set(
    input.trainings
      .filter(
        (training) =>
          training.offered &&
          !training.leadership &&
          !input.takenTrainingIds.has(training.id) &&
          training.prerequisiteIds.every((id) => input.completedTrainingIds.has(id)) &&
          narrowsAGap(training, input.gaps),
      )
      .map((training) => training.id),
  );
  return input.sessions
    .filter((session) => fitting.has(session.trainingId) && isRequestableOn(session, input.today, input.agencyId))
    .sort(
      (a, b) =>
        a.registrationDeadline.localeCompare(b.registrationDeadline) ||
        a.startDate.localeCompare(b.startDate) ||
        a.id - b.id,
    )
    .slice(0, SEATS_OPEN_CAP);
}
