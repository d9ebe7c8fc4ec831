// Kirkpatrick evaluation of a training or a session (docs/domain.md, "Evaluating training"): reaction (the
// participant's 1–5 rating), learning (post-test − pre-test), behaviour (the manager's 1–5 rating months later).
// A manager's rating of 3 ("applies it partly") or more counts as applying it; 1–2 calls for follow-up.

export const APPLYING_FROM_RATING = 3;

export interface EvaluatedEnrolment {
  reactionRating: number | null;
  preTestScore: number | null;
  postTestScore: number | null;
  applicationRating: number | null;
}

export interface EvaluationFigures {
  participants: number;
  averageReaction: number | null;
  averageLearningGain: number | null;
  /** Share (0–1) of the trainees the manager rated who apply it. */
  applyingShare: number | null;
  ratedForApplication: number;
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}

function average(values: number[]): number | null {
  return values.length === 0 ? null : round2(values.reduce((sum, value) => sum + value, 0) / values.length);
}

export function isApplying(rating: number): boolean {
  return rating >= APPLYING_FROM_RATING;
}

export function evaluate(enrolments: EvaluatedEnrolment[]): EvaluationFigures {
  const reactions = enrolments.flatMap((e) => (e.reactionRating === null ? [] : [e.reactionRating]));
  const gains = enrolments.flatMap((e) =>
    e.preTestScore === null || e.postTestScore === null ? [] : [e.postTestScore - e.preTestScore],
  );
  const ratings = enrolments.flatMap((e) => (e.applicationRating === null ? [] : [e.applicationRating]));
  return {
    participants: enrolments.length,
    averageReaction: average(reactions),
    averageLearningGain: average(gains),
    applyingShare: ratings.length === 0 ? null : round2(ratings.filter(isApplying).length / ratings.length),
    ratedForApplication: ratings.length,
  };
}
