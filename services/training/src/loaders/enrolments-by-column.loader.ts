// Enrolments grouped by one of their foreign keys (employee, session, training): one query per batch.
import { createGroupLoader } from '@asn/common';
import { In, type DataSource } from 'typeorm';
import { Enrolment } from '../entities/enrolment.entity.js';

type EnrolmentKey = 'employeeId' | 'sessionId' | 'trainingId';

/** Enrolments of each key, oldest first. */
export function createEnrolmentsByColumnLoader(dataSource: DataSource, column: EnrolmentKey) {
  return createGroupLoader<number, Enrolment>(
    (keys) => dataSource.getRepository(Enrolment).find({ where: { [column]: In([...keys]) }, order: { id: 'ASC' } }),
    (enrolment) => enrolment[column],
  );
}
