import { createRowLoader } from '@asn/common';
import { In, type DataSource } from 'typeorm';
import { Employee } from '../entities/employee.entity.js';

export function createEmployeesByNipLoader(dataSource: DataSource) {
  return createRowLoader<string, Employee>(
    (nips) => dataSource.getRepository(Employee).findBy({ nip: In([...nips]) }),
    (employee) => employee.nip,
  );
}
