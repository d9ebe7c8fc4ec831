import { Enrolment } from './enrolment.entity.js';

export const entities = [Enrolment];
