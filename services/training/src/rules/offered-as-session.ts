// A degree stays in the catalog as a programme the agency offers, but is studied through personnel's degree study
// (docs/domain.md, "Degree study"): it has no sessions, enrolments or plan items, and is never recommended as one.
import { TrainingCategory } from '../types/training-category.enum.js';

export function offeredAsSession(training: { category: TrainingCategory }): boolean {
  return training.category !== TrainingCategory.DEGREE;
}
