import { createNotificationLoaders } from '@asn/common';
import type { DataSource } from 'typeorm';
import { createCertificatesByEmployeeIdLoader } from './certificates-by-employee-id.loader.js';
import { createCertificatesByIdLoader } from './certificates-by-id.loader.js';
import { createCertificatesByRenewsIdLoader } from './certificates-by-renews-id.loader.js';
import { createExpiringWindowByAgencyIdLoader } from './expiring-window-by-agency-id.loader.js';
import { createIssuersByIdLoader } from './issuers-by-id.loader.js';
import { createRequirementsBySchemeIdLoader } from './requirements-by-scheme-id.loader.js';
import { createSchemeCompetenciesBySchemeIdLoader } from './scheme-competencies-by-scheme-id.loader.js';
import { createSchemesByCompetencyIdLoader } from './schemes-by-competency-id.loader.js';
import { createSchemesByIdLoader } from './schemes-by-id.loader.js';
import { createSchemesByPositionIdLoader } from './schemes-by-position-id.loader.js';

/** Built per request, so batching and caching never cross requests. */
export function createLoaders(dataSource: DataSource) {
  return {
    ...createNotificationLoaders(dataSource),
    certificatesById: createCertificatesByIdLoader(dataSource),
    certificatesByEmployeeId: createCertificatesByEmployeeIdLoader(dataSource),
    certificatesByRenewsId: createCertificatesByRenewsIdLoader(dataSource),
    expiringWindowByAgencyId: createExpiringWindowByAgencyIdLoader(dataSource),
    issuersById: createIssuersByIdLoader(dataSource),
    schemesById: createSchemesByIdLoader(dataSource),
    schemeCompetenciesBySchemeId: createSchemeCompetenciesBySchemeIdLoader(dataSource),
    schemesByCompetencyId: createSchemesByCompetencyIdLoader(dataSource),
    schemesByPositionId: createSchemesByPositionIdLoader(dataSource),
    requirementsBySchemeId: createRequirementsBySchemeIdLoader(dataSource),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
