import { createGroupLoader } from '@asn/common';
import { In, type DataSource } from 'typeorm';
import { Enrolment } from '../entities/enrolment.entity.js';

export function createEnrolmentsByEmployeeIdLoader(dataSource: DataSource) {
  return createGroupLoader<number, Enrolment>(
    (employeeIds) =>
      dataSource.getRepository(Enrolment).find({ where: { employeeId: In([...employeeIds]) }, order: { id: 'ASC' } }),
    (enrolment) => enrolment.employeeId,
  );
}
