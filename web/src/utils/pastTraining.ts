// The programme kinds (TrainingCategory) offered when a past training is written down without a catalog entry.
import type { TrainingCategory } from '../graphql/generated/graphql';

export const PAST_TRAINING_CATEGORIES: TrainingCategory[] = [
  'COURSE',
  'SEMINAR',
  'WORKSHOP',
  'TECHNICAL_GUIDANCE',
  'TECHNICAL',
  'FUNCTIONAL',
  'MANAGERIAL',
  'LEADERSHIP',
  'SOCIO_CULTURAL',
  'E_LEARNING',
  'COACHING',
  'MENTORING',
  'INTERNSHIP',
  'BENCHMARKING',
];
