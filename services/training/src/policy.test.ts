import { describe, expect, it } from 'vitest';
import type { Identity } from '@asn/common';
import { asApiKey, asRole } from '@asn/common/testing';
import { can, type Action } from './policy.js';
import { ADMIN_AMBON, ADMIN_MAMUJU, ANONYMOUS, API_KEY_AMBON, MANAGER_AMBON, asn } from './testing/identities.js';

const SYSTEM = asRole('system');
const SCHEDULER_AMBON: Identity = { kind: 'scheduler', agencyId: '1' };
const API_KEY_PII = asApiKey(1, ['training:read', 'pii:read'], 'k2');
/** Employee 1 works in unit 6 of Ambon, under the manager (employee 60). */
const own = { agencyId: 1, employeeId: 1 };
const managers = { agencyId: 1, employeeId: 60 };
const stranger = { agencyId: 1, employeeId: 30 };
const ambonEntry = { agencyId: 1 };
const nationalEntry = {};

/** [who, action, resource, allowed] */
const TABLE: [string, Identity, Action, object, boolean][] = [
  ['anyone reads the catalog', ANONYMOUS, 'catalog:read', {}, true],
  ['anonymous reads no enrolment', ANONYMOUS, 'employee:read', own, false],
  ['the employee reads their own', asn(1), 'employee:read', own, true],
  ['an employee reads no one else’s', asn(1), 'employee:read', stranger, false],
  ['the employee asks for their own seat', asn(1), 'employee:request', own, true],
  ['the employee rates their own training', asn(1), 'employee:react', own, true],
  ['nobody decides on their own request', asn(1), 'employee:decide', own, false],
  ['the manager reads their people’s', MANAGER_AMBON, 'employee:read', own, true],
  ['the manager decides for their people', MANAGER_AMBON, 'employee:decide', own, true],
  ['the manager never decides on their own', MANAGER_AMBON, 'employee:decide', managers, false],
  ['the manager decides for no one else', MANAGER_AMBON, 'employee:decide', stranger, false],
  ['the manager rates no one’s training', MANAGER_AMBON, 'employee:react', own, false],
  ['the manager reads the unit they head', MANAGER_AMBON, 'unit:read', { unitId: 6 }, true],
  ['the manager reads no other unit', MANAGER_AMBON, 'unit:read', { unitId: 7 }, false],
  ['the manager opens their unit’s survey', MANAGER_AMBON, 'survey:manage', { unitId: 6 }, true],
  ['the manager manages no catalog', MANAGER_AMBON, 'catalog:manage', ambonEntry, false],
  ['the administrator decides in their agency', ADMIN_AMBON, 'employee:decide', own, true],
  ['the administrator verifies a past training', ADMIN_AMBON, 'employee:verify', own, true],
  ['the administrator keeps their agency’s entries', ADMIN_AMBON, 'catalog:keep', ambonEntry, true],
  ['no administrator keeps a national entry', ADMIN_AMBON, 'catalog:keep', nationalEntry, false],
  ['any administrator manages a national entry’s sessions', ADMIN_MAMUJU, 'catalog:manage', nationalEntry, true],
  ['no administrator keeps another agency’s entries', ADMIN_MAMUJU, 'catalog:keep', ambonEntry, false],
  ['no administrator reads another agency’s people', ADMIN_MAMUJU, 'employee:read', own, false],
  ['an administrator reads nobody’s notifications', ADMIN_AMBON, 'notification:own', own, false],
  ['the employee reads their own notifications', asn(1), 'notification:own', own, true],
  ['the administrator sweeps their agency', ADMIN_AMBON, 'reminders:sweep', { agencyId: 1 }, true],
  ['the scheduler sweeps its agency', SCHEDULER_AMBON, 'reminders:sweep', { agencyId: 1 }, true],
  ['the scheduler sweeps no other agency', SCHEDULER_AMBON, 'reminders:sweep', { agencyId: 2 }, false],
  ['the scheduler reads nothing', SCHEDULER_AMBON, 'employee:read', own, false],
  ['the employee exports their own SIASN rows', asn(1), 'siasn:export', own, true],
  ['a manager exports no SIASN rows', MANAGER_AMBON, 'siasn:export', own, false],
  ['an API key reads its agency with the scope', API_KEY_AMBON, 'employee:read', own, true],
  ['an API key reads no other agency', API_KEY_AMBON, 'employee:read', { agencyId: 2, employeeId: 80 }, false],
  ['an API key reads no ratings without pii:read', API_KEY_AMBON, 'personal:read', own, false],
  ['an API key with pii:read reads ratings', API_KEY_PII, 'personal:read', own, true],
  ['an API key writes nothing', API_KEY_PII, 'employee:request', own, false],
  ['the system reads the catalog', SYSTEM, 'catalog:read', {}, true],
  ['the system reads no enrolment', SYSTEM, 'employee:read', own, false],
];

describe('training policy', () => {
  it.each(TABLE)('%s', (_name, identity, action, resource, allowed) => {
    expect(can(identity, action, resource)).toBe(allowed);
  });
});
