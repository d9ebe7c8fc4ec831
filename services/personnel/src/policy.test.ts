import { describe, expect, it } from 'vitest';
import type { Identity } from '@asn/common';
import { authorize, can, homeAgency, type EmployeeFacts } from './policy.js';
import { AS } from './testing/identities.js';

const inUnit: EmployeeFacts = { id: 14, agencyId: 1, managerId: 4 };
const directReportElsewhere: EmployeeFacts = { id: 40, agencyId: 1, managerId: 4 };
const stranger: EmployeeFacts = { id: 33, agencyId: 1, managerId: 10 };
const otherAgency: EmployeeFacts = { id: 80, agencyId: 2, managerId: 77 };

describe('policy', () => {
  it('lets system do its look-ups only, never write or read personal data, and anonymous nothing', () => {
    expect(can(AS.system, { action: 'employee.write', agencyId: 3 })).toBe(false);
    expect(can(AS.system, { action: 'assessment.record', employee: inUnit, source: 'SELF' })).toBe(false);
    expect(can(AS.system, { action: 'employee.readPersonal', employee: inUnit })).toBe(false);
    expect(can(AS.system, { action: 'unit.readPersonal', unitId: 6, agencyId: 1 })).toBe(false);
    expect(can(AS.system, { action: 'employee.read', employee: inUnit })).toBe(true);
    expect(can(AS.anonymous, { action: 'employee.read', employee: inUnit })).toBe(false);
    expect(() => authorize(AS.anonymous, { action: 'employee.read', employee: inUnit })).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'UNAUTHENTICATED' }) }),
    );
  });

  it('gives a manager their units’ people and their direct reports, not others', () => {
    expect(can(AS.manager, { action: 'employee.readPersonal', employee: inUnit })).toBe(true);
    expect(can(AS.manager, { action: 'employee.readPersonal', employee: directReportElsewhere })).toBe(true);
    expect(can(AS.manager, { action: 'employee.readPersonal', employee: stranger })).toBe(false);
    expect(can(AS.manager, { action: 'employee.read', employee: stranger })).toBe(true);
  });

  it('lets nobody record above a self-assessment about themself, nor decide their own standing', () => {
    const adminSelf: EmployeeFacts = { id: 31, agencyId: 1, managerId: 2 };
    // The manager's own id is among the people of the unit they head, so "manages" alone would let them.
    const managerSelf: EmployeeFacts = { id: 4, agencyId: 1, managerId: 2 };
    for (const source of ['MANAGER', 'ASSESSMENT_CENTER'] as const) {
      expect(can(AS.admin, { action: 'assessment.record', employee: adminSelf, source }), source).toBe(false);
      expect(can(AS.manager, { action: 'assessment.record', employee: managerSelf, source }), source).toBe(false);
    }
    expect(can(AS.admin, { action: 'assessment.record', employee: adminSelf, source: 'SELF' })).toBe(true);
    expect(can(AS.manager, { action: 'assessment.record', employee: managerSelf, source: 'SELF' })).toBe(true);
    expect(can(AS.admin, { action: 'assessment.record', employee: inUnit, source: 'ASSESSMENT_CENTER' })).toBe(true);
    expect(can(AS.admin, { action: 'employee.decide', employee: adminSelf })).toBe(false);
    expect(can(AS.admin, { action: 'employee.decide', employee: inUnit })).toBe(true);
    expect(can(AS.manager, { action: 'employee.decide', employee: inUnit })).toBe(false);
  });

  it('confines every user and key to their agency', () => {
    for (const identity of [AS.admin, AS.manager, AS.asn, AS.keyPii] as Identity[]) {
      expect(can(identity, { action: 'employee.read', employee: otherAgency })).toBe(false);
      expect(can(identity, { action: 'employee.readPersonal', employee: otherAgency })).toBe(false);
    }
  });

  it('lets an API key read only, personal fields only with pii:read', () => {
    expect(can(AS.keyDirectory, { action: 'employee.read', employee: inUnit })).toBe(true);
    expect(can(AS.keyDirectory, { action: 'employee.readPersonal', employee: inUnit })).toBe(false);
    expect(can(AS.keyPii, { action: 'employee.readPersonal', employee: inUnit })).toBe(true);
    expect(can(AS.keyPii, { action: 'employee.searchNip', agencyId: 1 })).toBe(true);
    expect(can(AS.keyPii, { action: 'employee.write', agencyId: 1 })).toBe(false);
    expect(can(AS.keyPii, { action: 'assessment.record', employee: inUnit, source: 'SELF' })).toBe(false);
    const noScope: Identity = { kind: 'apiKey', keyId: 'k3', agencyId: '1', scopes: ['training:read'] };
    expect(can(noScope, { action: 'employee.read', employee: inUnit })).toBe(false);
  });

  it("shows a unit's matrix and 9-box to its head, an admin of the agency and a pii:read key, not to an ASN", () => {
    const kominfo = { action: 'unit.readPersonal', unitId: 6, agencyId: 1 } as const;
    expect(can(AS.manager, kominfo)).toBe(true);
    expect(can(AS.manager, { ...kominfo, unitId: 4 })).toBe(false);
    expect(can(AS.admin, kominfo)).toBe(true);
    expect(can(AS.adminMamuju, kominfo)).toBe(false);
    expect(can(AS.keyPii, kominfo)).toBe(true);
    expect(can(AS.keyDirectory, kominfo)).toBe(false);
    expect(can(AS.asn, kominfo)).toBe(false);
  });

  it('lets only system look up sign-in profiles and keys', () => {
    for (const identity of [AS.admin, AS.keyPii, AS.asn] as Identity[]) {
      expect(can(identity, { action: 'system.lookup' })).toBe(false);
    }
    expect(can(AS.system, { action: 'system.lookup' })).toBe(true);
  });

  it('confines lists to the caller agency, and all agencies to system', () => {
    expect(homeAgency(AS.admin)).toBe(1);
    expect(homeAgency(AS.keyDirectory)).toBe(1);
    expect(homeAgency(AS.system)).toBeUndefined();
    expect(() => homeAgency(AS.anonymous)).toThrow();
  });
});
