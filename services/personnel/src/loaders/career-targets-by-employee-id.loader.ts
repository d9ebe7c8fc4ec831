import { createRowLoader } from '@asn/common';
import { In, type DataSource } from 'typeorm';
import { CareerTarget } from '../entities/career-target.entity.js';

/** Each employee's chosen career target, or null: Employee.careerTarget. */
export function createCareerTargetsByEmployeeIdLoader(dataSource: DataSource) {
  return createRowLoader<number, CareerTarget>(
    (keys) => dataSource.getRepository(CareerTarget).findBy({ employeeId: In([...keys]) }),
    (row) => row.employeeId,
  );
}
