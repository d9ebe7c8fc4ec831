import type { DataSource } from 'typeorm';
import { createEnrolmentsByEmployeeIdLoader } from './enrolments-by-employee-id.loader.js';
import { createEnrolmentsByIdLoader } from './enrolments-by-id.loader.js';

/** Built per request, so batching and caching never cross requests. */
export function createLoaders(dataSource: DataSource) {
  return {
    enrolmentsById: createEnrolmentsByIdLoader(dataSource),
    enrolmentsByEmployeeId: createEnrolmentsByEmployeeIdLoader(dataSource),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
