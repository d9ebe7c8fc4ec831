// Idempotent demo data: the catalog, the positions' requirements, one agency's own expiring window, and
// certificates dated relative to the seeding day; inserted only into an empty database, in one transaction.
import { insertRows, type Logger } from '@asn/common';
import type { DataSource } from 'typeorm';
import { Certificate } from '../entities/certificate.entity.js';
import { CertificationSetting } from '../entities/certification-setting.entity.js';
import { Issuer } from '../entities/issuer.entity.js';
import { SchemeCompetency } from '../entities/scheme-competency.entity.js';
import { SchemeRequirement } from '../entities/scheme-requirement.entity.js';
import { Scheme } from '../entities/scheme.entity.js';
import { AGENCY_COUNT, DEMO_ISSUERS, DEMO_REQUIREMENTS, DEMO_SCHEMES, POSITIONS_PER_AGENCY } from './demo-catalog.js';
import { demoCertificates } from './demo-certificates.js';

const CHUNK = 200;

/** Agency 2 (Mamuju) keeps its own window, so the demo shows an agency setting overriding the default. */
const DEMO_AGENCY_SETTING = {
  agencyId: 2,
  expiringWithinDays: 60,
  source: 'Demo: keputusan BKPSDM Kabupaten Mamuju (peringatan 60 hari sebelum masa berlaku habis)',
};

function requirementRows() {
  return Array.from({ length: AGENCY_COUNT }, (_, a) =>
    Object.entries(DEMO_REQUIREMENTS).flatMap(([k, schemeIds]) =>
      schemeIds.map((schemeId) => ({ positionId: a * POSITIONS_PER_AGENCY + Number(k), schemeId, agencyId: a + 1 })),
    ),
  ).flat();
}

export async function seedCertification(dataSource: DataSource, logger: Logger, today: string): Promise<void> {
  if ((await dataSource.getRepository(Issuer).count()) > 0) return;
  const certificates = demoCertificates(today);
  await dataSource.transaction(async (manager) => {
    await insertRows(manager, Issuer, DEMO_ISSUERS);
    await insertRows(
      manager,
      Scheme,
      DEMO_SCHEMES.map(({ certifies: _c, lsp: _l, ...scheme }) => scheme),
    );
    await insertRows(
      manager,
      SchemeCompetency,
      DEMO_SCHEMES.flatMap((scheme) =>
        scheme.certifies.map(([competencyId, level]) => ({ schemeId: scheme.id, competencyId, level })),
      ),
    );
    await insertRows(manager, SchemeRequirement, requirementRows());
    await insertRows(manager, CertificationSetting, [DEMO_AGENCY_SETTING]);
    // Renewals point at earlier rows, so rows go in id order.
    await insertRows(manager, Certificate, certificates, CHUNK);
  });
  logger.info({ certificates: certificates.length, today }, 'certification demo data seeded');
}
