import { CreateEnrolment1764000000000 } from './1764000000000-create-enrolment.js';

/** In the order they run. */
export const migrations = [CreateEnrolment1764000000000];
