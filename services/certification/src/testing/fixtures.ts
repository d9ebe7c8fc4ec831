// Identities and certificates the unit tests share. Employees 1000-1002 and 2001 are outside the demo ids, so the
// tests' expectations do not depend on the seeded certificates.
import { asApiKey, asRole } from '@asn/common/testing';
import type { DataSource } from 'typeorm';
import { Certificate } from '../entities/certificate.entity.js';
import { DEMO_SCHEMES } from '../seed/demo-catalog.js';

export const TODAY = '2026-06-01';

export const ADMIN_1 = asRole('ADMIN', { userId: 'admin-1', agencyId: 1, vouched: true });
export const ADMIN_2 = asRole('ADMIN', { userId: 'admin-2', agencyId: 2, vouched: true });
/** Heads a unit with employees 1001 and 1002; is employee 1000. */
export const MANAGER = asRole('MANAGER', {
  userId: 'manager-1',
  agencyId: 1,
  employeeId: 1000,
  unitIds: [6],
  employeeIds: [1000, 1001, 1002],
});
export const ASN_1001 = asRole('ASN', { userId: 'asn-1001', agencyId: 1, employeeId: 1001 });
export const API_KEY_1 = asApiKey(1, ['certification:read'], 'k1');
export const API_KEY_NO_SCOPE = asApiKey(1, ['personnel:read'], 'k2');
export const ANONYMOUS = asRole('anonymous');

type Row = Pick<Certificate, 'employeeId' | 'schemeId' | 'number' | 'issuedOn'> & Partial<Certificate>;

/** Inserts certificates as stored rows (issuer and expiry from the scheme unless given), returning their ids. */
export async function insertCertificates(dataSource: DataSource, rows: Row[]): Promise<number[]> {
  const ids: number[] = [];
  for (const row of rows) {
    const scheme = DEMO_SCHEMES.find((candidate) => candidate.id === row.schemeId)!;
    const { identifiers } = await dataSource.getRepository(Certificate).insert({
      agencyId: 1,
      issuerId: scheme.issuerId,
      expiresOn: null,
      lspName: null,
      renewsId: null,
      revokedOn: null,
      revocationReason: null,
      verifiedBy: null,
      verifiedOn: null,
      ...row,
    });
    ids.push(Number(identifiers[0]?.id));
  }
  return ids;
}

/** Employee 1001's four certificates, one per status on TODAY. */
export function certificatesOf1001(): Row[] {
  return [
    // BNSP project management, 36 months: valid through 2026-08-01, 61 days from TODAY.
    { employeeId: 1001, schemeId: 8, number: 'T-MPROY-1', issuedOn: '2023-08-01', expiresOn: '2026-08-01' },
    // STR Perawat: lifetime.
    { employeeId: 1001, schemeId: 20, number: 'T-STR-1', issuedOn: '2020-01-01' },
    // PBJ Level-1: expired 2025-01-10.
    { employeeId: 1001, schemeId: 2, number: 'T-L1-1', issuedOn: '2022-01-10', expiresOn: '2025-01-10' },
    // IT governance: revoked.
    {
      employeeId: 1001,
      schemeId: 13,
      number: 'T-TKTI-1',
      issuedOn: '2025-01-01',
      expiresOn: '2028-01-01',
      revokedOn: '2025-06-01',
      revocationReason: 'Dicabut oleh LSP',
    },
  ];
}
