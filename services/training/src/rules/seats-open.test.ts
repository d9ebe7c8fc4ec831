import { describe, expect, it } from 'vitest';
import { isRequestableOn, narrowsAGap, sessionsToRemind, type SeatSession, type SeatTraining } from './seats-open.js';

const TODAY = '2026-12-01';
// Integritas (1) required 3, current 1; Komunikasi (3) required 2, not assessed.
const GAPS = [
  { competencyId: 1, requiredLevel: 3, currentLevel: 1 },
  { competencyId: 3, requiredLevel: 2, currentLevel: 0 },
];

const training = (id: number, competencyId: number, maxLevel: number, extra: Partial<SeatTraining> = {}) => ({
  id,
  offered: true,
  leadership: false,
  competencies: [{ competencyId, maxLevel }],
  prerequisiteIds: [],
  ...extra,
});
const session = (id: number, trainingId: number, registrationDeadline: string, extra: Partial<SeatSession> = {}) => ({
  id,
  trainingId,
  startDate: '2026-12-20',
  registrationDeadline,
  capacity: 20,
  seatsTaken: 0,
  cancelledOn: null,
  agencyId: null,
  ...extra,
});

function remind(trainings: SeatTraining[], sessions: SeatSession[], taken: number[] = [], completed: number[] = []) {
  return sessionsToRemind({
    today: TODAY,
    agencyId: 1,
    gaps: GAPS,
    trainings,
    sessions,
    takenTrainingIds: new Set(taken),
    completedTrainingIds: new Set(completed),
  }).map((row) => row.id);
}

describe('isRequestableOn', () => {
  it('takes a session whose registration is open through its deadline day, with a seat, not yet started', () => {
    expect(isRequestableOn(session(1, 1, TODAY), TODAY, 1)).toBe(true);
    expect(isRequestableOn(session(1, 1, '2026-11-30'), TODAY, 1)).toBe(false);
    expect(isRequestableOn(session(1, 1, TODAY, { seatsTaken: 20 }), TODAY, 1)).toBe(false);
    expect(isRequestableOn(session(1, 1, TODAY, { startDate: TODAY }), TODAY, 1)).toBe(false);
    expect(isRequestableOn(session(1, 1, TODAY, { cancelledOn: '2026-11-20' }), TODAY, 1)).toBe(false);
  });

  it('takes national sessions and the person’s agency’s, not another agency’s', () => {
    expect(isRequestableOn(session(1, 1, TODAY, { agencyId: 1 }), TODAY, 1)).toBe(true);
    expect(isRequestableOn(session(1, 1, TODAY, { agencyId: 2 }), TODAY, 1)).toBe(false);
  });
});

describe('narrowsAGap', () => {
  it('needs a gap competency developed above the current level', () => {
    expect(narrowsAGap(training(1, 1, 2), GAPS)).toBe(true); // 1 → 2 of 3: narrows
    expect(narrowsAGap(training(1, 1, 1), GAPS)).toBe(false); // up to 1: they are there already
    expect(narrowsAGap(training(1, 3, 1), GAPS)).toBe(true); // 0 → 1 of 2
    expect(narrowsAGap(training(1, 2, 5), GAPS)).toBe(false); // Kerja Sama: no gap
  });
});

describe('sessionsToRemind', () => {
  it('keeps the requestable sessions of gap-closing trainings, the nearest deadline first', () => {
    const trainings = [training(10, 1, 3), training(11, 3, 2), training(12, 2, 4)];
    const sessions = [
      session(100, 10, '2026-12-15'),
      session(101, 11, '2026-12-05'),
      session(102, 12, '2026-12-02'), // another competency
      session(103, 10, '2026-12-10', { seatsTaken: 20 }), // full
    ];
    expect(remind(trainings, sessions)).toEqual([101, 100]);
  });

  it('caps at three, breaking ties on the deadline by the start date, then the id', () => {
    const sessions = [
      session(5, 10, '2026-12-10', { startDate: '2026-12-21' }),
      session(4, 10, '2026-12-10', { startDate: '2026-12-21' }),
      session(3, 10, '2026-12-10', { startDate: '2026-12-20' }),
      session(2, 10, '2026-12-03', { startDate: '2027-01-10' }),
    ];
    expect(remind([training(10, 1, 3)], sessions)).toEqual([2, 3, 4]);
  });

  it('leaves out trainings taken or in progress, retired, or with a prerequisite not completed', () => {
    const trainings = [
      training(10, 1, 3),
      training(11, 1, 3, { offered: false }),
      training(12, 1, 3, { prerequisiteIds: [9] }),
      training(13, 3, 2, { prerequisiteIds: [8] }),
    ];
    const sessions = [10, 11, 12, 13].map((id) => session(id, id, '2026-12-10'));
    expect(remind(trainings, sessions, [10], [8])).toEqual([13]);
  });

  it('never reminds of a leadership training: the agency nominates its participants', () => {
    const trainings = [training(10, 1, 3, { leadership: true }), training(11, 3, 2)];
    const sessions = [session(10, 10, '2026-12-05'), session(11, 11, '2026-12-10')];
    expect(remind(trainings, sessions)).toEqual([11]);
  });

  it('reminds of nothing without a gap', () => {
    expect(
      sessionsToRemind({
        today: TODAY,
        agencyId: 1,
        gaps: [],
        trainings: [training(10, 1, 3)],
        sessions: [session(1, 10, '2026-12-10')],
        takenTrainingIds: new Set(),
        completedTrainingIds: new Set(),
      }),
    ).toEqual([]);
  });
});
