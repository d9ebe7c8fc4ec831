import { createConnectionType } from '@asn/common';
import { Employee } from '../entities/employee.entity.js';

/** A page of employees, the same shape as every other connection (services/common pager). */
export const EmployeeConnection = createConnectionType(Employee, 'Employee', 'employee');
export type EmployeeConnection = InstanceType<typeof EmployeeConnection>;
