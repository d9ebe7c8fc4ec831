import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '@asn/common';
import { Certificate } from '../entities/certificate.entity.js';
import { certificateStatus } from '../rules/certificate-status.js';
import {
  createCertificationTestSubgraph,
  type CertificationTestSubgraph,
} from '../testing/certification-test-subgraph.js';
import { demoCertificates } from './demo-certificates.js';
import { DEMO_SCHEMES } from './demo-catalog.js';
import { seedCertification } from './seed.js';

const TODAY = '2026-06-01';

describe('certification demo data', () => {
  let subgraph: CertificationTestSubgraph;
  beforeAll(async () => {
    subgraph = await createCertificationTestSubgraph(TODAY, { seed: true });
  });
  afterAll(() => subgraph.stop());

  it('is the same on every run', () => {
    expect(demoCertificates(TODAY)).toEqual(demoCertificates(TODAY));
  });

  it('has about twenty schemes', () => {
    expect(DEMO_SCHEMES.length).toBeGreaterThanOrEqual(20);
  });

  it('gives every agency certificates in every status, some expiring within 90 days', async () => {
    const rows = await subgraph.dataSource.getRepository(Certificate).find();
    for (const agencyId of [1, 2, 3, 4]) {
      const statuses = new Set(
        rows.filter((row) => row.agencyId === agencyId).map((row) => certificateStatus(row, TODAY, 90)),
      );
      expect([...statuses].sort()).toEqual(['ACTIVE', 'EXPIRED', 'EXPIRING', 'REVOKED']);
    }
    expect(rows.some((row) => row.renewsId !== null)).toBe(true);
    expect(rows.some((row) => row.expiresOn === null)).toBe(true);
  });

  it('gives certificates to the first employees, whom the cross-subgraph test reads', async () => {
    const holders = await subgraph.dataSource.getRepository(Certificate).countBy({ employeeId: 1 });
    expect(holders).toBeGreaterThan(0);
  });

  it('never dates an issue, a revocation or a verification after the seeding day', () => {
    for (const row of demoCertificates(TODAY)) {
      expect(row.issuedOn <= TODAY).toBe(true);
      if (row.revokedOn) expect(row.revokedOn <= TODAY).toBe(true);
      if (row.verifiedOn) expect(row.verifiedOn <= TODAY).toBe(true);
      if (row.expiresOn) expect(row.expiresOn > row.issuedOn).toBe(true);
    }
  });

  it('seeds only into an empty database', async () => {
    const before = await subgraph.dataSource.getRepository(Certificate).count();
    await seedCertification(subgraph.dataSource, createLogger('certification', 'silent'), TODAY);
    expect(await subgraph.dataSource.getRepository(Certificate).count()).toBe(before);
  });
});
