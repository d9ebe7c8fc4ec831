import { createGroupLoader } from '@asn/common';
import { In, type DataSource } from 'typeorm';
import { DegreeStudy } from '../entities/degree-study.entity.js';

export function createDegreeStudiesByEmployeeIdLoader(dataSource: DataSource) {
  return createGroupLoader<number, DegreeStudy>(
    (keys) =>
      dataSource
        .getRepository(DegreeStudy)
        .find({ where: { employeeId: In([...keys]) }, order: { startsOn: 'DESC', id: 'DESC' } }),
    (row) => row.employeeId,
  );
}
