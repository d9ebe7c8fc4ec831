// Identities the unit tests act as; employee ids follow the contract (agency of employee i = ceil(i / 75)).
import type { Identity } from '@asn/common';
import { asApiKey, asRole } from '@asn/common/testing';

export const ANONYMOUS = asRole('anonymous');
export const ADMIN_AMBON = asRole('ADMIN', { userId: 'admin.ambon', agencyId: 1, vouched: true });
export const ADMIN_MAMUJU = asRole('ADMIN', { userId: 'admin.mamuju', agencyId: 2, vouched: true });
export const asn = (employeeId: number, agencyId = Math.ceil(employeeId / 75)): Identity =>
  asRole('ASN', { userId: `asn.${employeeId}`, agencyId, employeeId });
/** A manager (employee 60) heading unit 6 with employees 1..20 in it. */
export const MANAGER_AMBON = asRole('MANAGER', {
  userId: 'manager.ambon',
  agencyId: 1,
  employeeId: 60,
  unitIds: [6],
  employeeIds: Array.from({ length: 20 }, (_, i) => i + 1),
});
export const API_KEY_AMBON = asApiKey(1, ['training:read'], 'k1');
