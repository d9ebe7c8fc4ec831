// Demo enrolments of the 300 personnel demo employees (agency = ceil(id / 75)), in every status: sessions already
// over are completed, failed, attended-awaiting-results, cancelled or rejected; later ones requested or approved.
// Employees take 0–4 trainings, so JP earned varies and some fall below the 20 JP target.
import type { Enrolment } from '../entities/enrolment.entity.js';
import type { TrainingSession } from '../entities/training-session.entity.js';
import type { Training } from '../entities/training.entity.js';
import { EnrolmentStatus as S } from '../types/enrolment-status.enum.js';
import { TrainingCategory } from '../types/training-category.enum.js';
import { FollowUpKind } from '../types/follow-up-kind.enum.js';
import { createRandom } from '@asn/common';

export const DEMO_EMPLOYEES = 300;

const RARE = new Set([TrainingCategory.LEADERSHIP, TrainingCategory.LATSAR]);

function pastStatus(roll: number): S {
  if (roll < 0.7) return S.COMPLETED;
  if (roll < 0.78) return S.FAILED;
  if (roll < 0.86) return S.ATTENDED;
  if (roll < 0.93) return S.CANCELLED;
  return S.REJECTED;
}

export function demoEnrolments(
  sessions: TrainingSession[],
  trainings: Map<number, Training>,
  today: string,
): Partial<Enrolment>[] {
  const random = createRandom(20260401);
  const common = sessions.filter((s) => !RARE.has(trainings.get(s.trainingId)!.category));
  const rare = sessions.filter((s) => RARE.has(trainings.get(s.trainingId)!.category));
  const rows: Partial<Enrolment>[] = [];
  for (let employeeId = 1; employeeId <= DEMO_EMPLOYEES; employeeId += 1) {
    const count = employeeId <= 5 ? 3 : random.int(0, 4);
    const chosen = new Set<TrainingSession>();
    while (chosen.size < count) chosen.add(random.next() < 0.04 ? random.pick(rare) : random.pick(common));
    for (const session of chosen) {
      if (session.seatsTaken >= session.capacity) continue;
      const training = trainings.get(session.trainingId)!;
      const over = session.endDate < today;
      const status = over
        ? pastStatus(random.next())
        : session.startDate <= today
          ? S.APPROVED
          : random.next() < 0.5
            ? S.REQUESTED
            : S.APPROVED;
      const live = status !== S.CANCELLED && status !== S.REJECTED;
      if (live) session.seatsTaken += 1;
      const tested = status === S.COMPLETED || status === S.FAILED;
      const pre = random.int(35, 70);
      // COMPLETED is a pass: at or above the default pass mark (70); FAILED rows are below it.
      const post = status === S.COMPLETED ? random.int(70, 98) : random.int(40, 69);
      const rated = status === S.COMPLETED && random.next() < 0.6 ? random.int(1, 5) : null;
      rows.push({
        employeeId,
        sessionId: session.id,
        liveSessionId: live ? session.id : null,
        trainingId: training.id,
        agencyId: Math.ceil(employeeId / 75),
        status,
        requestedOn: session.registrationDeadline < today ? session.registrationDeadline : today,
        preTestScore: tested ? pre : null,
        postTestScore: tested ? post : null,
        reactionRating: tested || status === S.ATTENDED ? random.int(2, 5) : null,
        reactionComment: tested && random.next() < 0.3 ? 'Materi relevan dengan pekerjaan.' : null,
        applicationRating: rated,
        applicationRatedOn: rated === null ? null : today,
        followUp:
          rated !== null && rated < 3
            ? random.next() < 0.5
              ? FollowUpKind.MENTORING
              : FollowUpKind.FOLLOW_UP_TRAINING
            : null,
        jpCredited: status === S.COMPLETED ? training.jp : null,
        completedOn: status === S.COMPLETED ? session.endDate : null,
        certificateNumber: status === S.COMPLETED ? `STTPP/${training.code}/${session.id}/${employeeId}` : null,
        decisionNote:
          status === S.REJECTED
            ? 'Kuota unit sudah terpenuhi.'
            : status === S.CANCELLED
              ? 'Bentrok dengan tugas kedinasan.'
              : null,
      });
    }
  }
  return rows;
}
