import { describe, expect, it } from 'vitest';
import type { Identity } from '@asn/common';
import { can, type Action } from './policy.js';
import { ADMIN_1, ADMIN_2, ANONYMOUS, API_KEY_1, API_KEY_NO_SCOPE, ASN_1001, MANAGER } from './testing/fixtures.js';

const SYSTEM: Identity = { kind: 'system' };
const own = { agencyId: 1, employeeId: 1001 };
const managerOwn = { agencyId: 1, employeeId: 1000 };
const stranger = { agencyId: 1, employeeId: 1003 };

/** [who, action, resource, allowed] */
const TABLE: [string, Identity, Action, object, boolean][] = [
  ['anyone reads the catalog', ANONYMOUS, 'catalog:read', {}, true],
  ['anonymous reads no certificate', ANONYMOUS, 'certificate:read', own, false],
  ['the holder reads their own', ASN_1001, 'certificate:read', own, true],
  ['an employee reads no one else’s', ASN_1001, 'certificate:read', stranger, false],
  ['an employee records nothing, own included', ASN_1001, 'certificate:record', own, false],
  ['the manager reads their people’s', MANAGER, 'certificate:read', own, true],
  ['the manager reads no one else’s', MANAGER, 'certificate:read', stranger, false],
  ['the manager records for their people', MANAGER, 'certificate:record', own, true],
  ['the manager verifies their people’s', MANAGER, 'certificate:verify', own, true],
  ['the manager never verifies their own', MANAGER, 'certificate:verify', managerOwn, false],
  ['the manager neither renews nor revokes', MANAGER, 'certificate:renew', own, false],
  ['the manager does not revoke', MANAGER, 'certificate:revoke', own, false],
  ['the manager reads the unit they head', MANAGER, 'unit:read', { unitId: 6 }, true],
  ['the manager reads no other unit', MANAGER, 'unit:read', { unitId: 7 }, false],
  ['the administrator manages their agency', ADMIN_1, 'certificate:revoke', own, true],
  ['the administrator renews in their agency', ADMIN_1, 'certificate:renew', own, true],
  ['no administrator reaches another agency', ADMIN_2, 'certificate:read', own, false],
  ['no administrator verifies in another agency', ADMIN_2, 'certificate:verify', own, false],
  ['an API key reads its agency with the scope', API_KEY_1, 'certificate:read', own, true],
  ['an API key reads no other agency', API_KEY_1, 'certificate:read', { agencyId: 2, employeeId: 80 }, false],
  ['an API key without the scope reads nothing', API_KEY_NO_SCOPE, 'certificate:read', own, false],
  ['an API key writes nothing', API_KEY_1, 'certificate:record', own, false],
  ['the system reads no certificate: the gateway never needs to', SYSTEM, 'certificate:read', own, false],
  ['the system writes nothing', SYSTEM, 'certificate:revoke', own, false],
];

describe('certification policy', () => {
  it.each(TABLE)('%s', (_name, identity, action, resource, allowed) => {
    expect(can(identity, action, resource)).toBe(allowed);
  });
});
