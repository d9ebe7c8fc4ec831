import { createRowLoader } from '@asn/common';
import { In, type DataSource } from 'typeorm';
import { Employee } from '../entities/employee.entity.js';

export function createEmployeesByIdLoader(dataSource: DataSource) {
  return createRowLoader<number, Employee>(
    (keys) => dataSource.getRepository(Employee).findBy({ id: In([...keys]) }),
    (row) => row.id,
  );
}
