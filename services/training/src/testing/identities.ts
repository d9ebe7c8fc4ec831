// Identities the unit tests act as; employee ids follow the contract (agency of employee i = ceil(i / 75)).
import type { Identity } from '@asn/common';
import { DEMO_VOUCHED } from '@asn/common/testing';

export const ANONYMOUS: Identity = { kind: 'anonymous' };
export const ADMIN_AMBON: Identity = {
  kind: 'user',
  userId: 'admin.ambon',
  role: 'ADMIN',
  agencyId: '1',
  ...DEMO_VOUCHED,
};
export const ADMIN_MAMUJU: Identity = {
  kind: 'user',
  userId: 'admin.mamuju',
  role: 'ADMIN',
  agencyId: '2',
  ...DEMO_VOUCHED,
};
export const asn = (employeeId: number, agencyId = Math.ceil(employeeId / 75)): Identity => ({
  kind: 'user',
  userId: `asn.${employeeId}`,
  role: 'ASN',
  agencyId: String(agencyId),
  employeeId: String(employeeId),
});
/** A manager (employee 60) heading unit 6 with employees 1..20 in it. */
export const MANAGER_AMBON: Identity = {
  kind: 'user',
  userId: 'manager.ambon',
  role: 'MANAGER',
  agencyId: '1',
  employeeId: '60',
  unitIds: ['6'],
  employeeIds: Array.from({ length: 20 }, (_, i) => String(i + 1)),
};
export const API_KEY_AMBON: Identity = { kind: 'apiKey', keyId: 'k1', agencyId: '1', scopes: ['training:read'] };
