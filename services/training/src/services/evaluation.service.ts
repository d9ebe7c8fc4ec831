// Evaluation of a training or session over the enrolments the caller may see; anonymous callers get none.
import type { Context } from '../context.js';
import type { Enrolment } from '../entities/enrolment.entity.js';
import { assertSignedIn, visibleRows } from '../policy.js';
import { evaluate, isApplying } from '../rules/evaluation.js';
import { EnrolmentStatus } from '../types/enrolment-status.enum.js';
import type { TrainingEvaluation } from '../types/training-evaluation.type.js';

const ATTENDED = new Set([EnrolmentStatus.ATTENDED, EnrolmentStatus.COMPLETED, EnrolmentStatus.FAILED]);

export function evaluateEnrolments({ identity }: Context, enrolments: Enrolment[]): TrainingEvaluation {
  assertSignedIn(identity);
  const attended = visibleRows(identity, enrolments).filter((enrolment) => ATTENDED.has(enrolment.status));
  return {
    ...evaluate(attended),
    followUps: attended.filter((e) => e.applicationRating !== null && !isApplying(e.applicationRating)),
  };
}
