import type { DataSource } from 'typeorm';
import { createCertificatesByEmployeeIdLoader } from './certificates-by-employee-id.loader.js';
import { createCertificatesByIdLoader } from './certificates-by-id.loader.js';

/** Built per request, so batching and caching never cross requests. */
export function createLoaders(dataSource: DataSource) {
  return {
    certificatesById: createCertificatesByIdLoader(dataSource),
    certificatesByEmployeeId: createCertificatesByEmployeeIdLoader(dataSource),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
