import { createGroupLoader } from '@asn/common';
import { In, type DataSource } from 'typeorm';
import { Assessment } from '../entities/assessment.entity.js';

export function createAssessmentsByEmployeeIdLoader(dataSource: DataSource) {
  return createGroupLoader<number, Assessment>(
    (keys) =>
      dataSource
        .getRepository(Assessment)
        .find({ where: { employeeId: In([...keys]) }, order: { assessedOn: 'DESC', id: 'DESC' } }),
    (row) => row.employeeId,
  );
}
