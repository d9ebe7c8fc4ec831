import { createRowLoader } from '@asn/common';
import { In, type DataSource } from 'typeorm';
import { Employee } from '../entities/employee.entity.js';

export function createEmployeesByNipLoader(dataSource: DataSource) {
  return createRowLoader<string, Employee>(
    (keys) => dataSource.getRepository(Employee).findBy({ nip: In([...keys]) }),
    (row) => row.nip,
  );
}
