// Identities and a seeded test subgraph with a fixed clock, for this subgraph's unit tests.
import { fixedClock } from '@asn/common';
import { asApiKey, asRole, createTestSubgraph, type TestSubgraph } from '@asn/common/testing';
import { createPersonnelSubgraph } from '../subgraph.js';

export const TODAY = '2026-11-25';

export const AS = {
  anonymous: asRole('anonymous'),
  system: asRole('system'),
  admin: asRole('ADMIN', { userId: 'u-admin', agencyId: 1, employeeId: 31 }),
  adminMamuju: asRole('ADMIN', { userId: 'u-admin-2', agencyId: 2, employeeId: 106 }),
  /** Kepala Bidang Aplikasi Informatika of Ambon (employee 4), head of unit 6, as signInProfile gives it. */
  manager: asRole('MANAGER', {
    userId: 'u-kabid',
    agencyId: 1,
    employeeId: 4,
    unitIds: [6],
    employeeIds: [4, 14, 15, 16, 19, 20, 21, 65, 75],
  }),
  /** Pranata Komputer Ahli Pertama of Ambon (employee 14). */
  asn: asRole('ASN', { userId: 'u-asn', agencyId: 1, employeeId: 14 }),
  keyDirectory: asApiKey(1, ['personnel:read'], 'k1'),
  keyPii: asApiKey(1, ['personnel:read', 'pii:read'], 'k2'),
};

/** The personnel subgraph over an in-memory database with the demo seed, on TODAY. */
export function createSeededPersonnel(): Promise<TestSubgraph> {
  return createTestSubgraph(createPersonnelSubgraph(fixedClock(TODAY)), { seed: true });
}

/** Every row of the tables, to show a failed mutation changed nothing. */
export async function snapshot(subgraph: TestSubgraph, tables: string[]): Promise<string> {
  const rows = await Promise.all(
    tables.map((table) => subgraph.dataSource.query(`SELECT * FROM ${table} ORDER BY id`)),
  );
  return JSON.stringify(rows);
}
