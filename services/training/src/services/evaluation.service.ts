// Evaluation of a training or session over the enrolments the caller may see; anonymous callers get none.
import { releasable } from '@asn/common';
import type { Context } from '../context.js';
import type { Enrolment } from '../entities/enrolment.entity.js';
import { assertSignedIn, can, visibleRows } from '../policy.js';
import { evaluate, isApplying, type EvaluationFigures } from '../rules/evaluation.js';
import { EnrolmentStatus } from '../types/enrolment-status.enum.js';
import type { TrainingEvaluation } from '../types/training-evaluation.type.js';

const ATTENDED = new Set([EnrolmentStatus.ATTENDED, EnrolmentStatus.COMPLETED, EnrolmentStatus.FAILED]);

/**
 * For a caller who may not read every participant's ratings (an API key without pii:read): each average only when
 * 5 or more people stand behind it and no session's figure, which the caller can also read, differs from it by 1-4
 * people; and the follow-up list only of those whose ratings the caller may read.
 */
function withoutSmallGroups(attended: Enrolment[], figures: EvaluationFigures) {
  const bySession = new Map<number, Enrolment[]>();
  for (const enrolment of attended)
    bySession.set(enrolment.sessionId, [...(bySession.get(enrolment.sessionId) ?? []), enrolment]);
  const sessions = [...bySession.values()];
  const guard = (value: number | null, counts: (enrolment: Enrolment) => boolean) =>
    releasable(
      attended.filter(counts).length,
      sessions.map((rows) => rows.filter(counts).length),
    )
      ? value
      : null;
  return {
    ...figures,
    averageReaction: guard(figures.averageReaction, (e) => e.reactionRating !== null),
    averageLearningGain: guard(figures.averageLearningGain, (e) => e.preTestScore !== null && e.postTestScore !== null),
    applyingShare: guard(figures.applyingShare, (e) => e.applicationRating !== null),
  };
}

export function evaluateEnrolments({ identity }: Context, enrolments: Enrolment[]): TrainingEvaluation {
  assertSignedIn(identity);
  const attended = visibleRows(identity, enrolments).filter((enrolment) => ATTENDED.has(enrolment.status));
  const figures = evaluate(attended);
  const followUps = attended.filter((e) => e.applicationRating !== null && !isApplying(e.applicationRating));
  if (attended.every((enrolment) => can(identity, 'personal:read', enrolment))) return { ...figures, followUps };
  return {
    ...withoutSmallGroups(attended, figures),
    followUps: followUps.filter((enrolment) => can(identity, 'personal:read', enrolment)),
  };
}
