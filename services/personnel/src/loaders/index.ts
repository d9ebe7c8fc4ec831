import type { DataSource } from 'typeorm';
import { createEmployeesByIdLoader } from './employees-by-id.loader.js';
import { createEmployeesByNipLoader } from './employees-by-nip.loader.js';

/** Built per request, so batching and caching never cross requests. */
export function createLoaders(dataSource: DataSource) {
  return {
    employeesById: createEmployeesByIdLoader(dataSource),
    employeesByNip: createEmployeesByNipLoader(dataSource),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
