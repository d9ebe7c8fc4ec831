import { describe, expect, it } from 'vitest';
import { identityFromClaims } from './claims.js';

describe('identityFromClaims', () => {
  it('gives a manager the units and people of their scope', () => {
    expect(
      identityFromClaims({
        sub: '7',
        role: 'MANAGER',
        agencyId: 1,
        employeeId: 3,
        unitIds: [4, 5],
        employeeIds: [3, 9],
      }),
    ).toEqual({
      kind: 'user',
      userId: '7',
      role: 'MANAGER',
      agencyId: '1',
      employeeId: '3',
      unitIds: ['4', '5'],
      employeeIds: ['3', '9'],
    });
  });

  it('does not carry a scope for roles that have none', () => {
    expect(identityFromClaims({ sub: '1', role: 'ADMIN', agencyId: '2', unitIds: ['1'] })).toEqual({
      kind: 'user',
      userId: '1',
      role: 'ADMIN',
      agencyId: '2',
    });
  });

  it('refuses claims without a known role, subject or agency', () => {
    expect(identityFromClaims({ sub: '1', role: 'ROOT', agencyId: '1' })).toBeNull();
    expect(identityFromClaims({ role: 'ASN', agencyId: '1' })).toBeNull();
    expect(identityFromClaims({ sub: '1', role: 'ASN' })).toBeNull();
  });
});
