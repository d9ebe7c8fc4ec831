import { describe, expect, it } from 'vitest';
import { CommonErrorCode } from './errors.js';
import { followedPeople } from './policy.js';
import { asApiKey, asRole } from './testing/as-role.js';

const codeOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return (error as { extensions?: { code?: string } }).extensions?.code;
  }
  return undefined;
};

describe('followedPeople', () => {
  it('gives an administrator the whole agency', () => {
    expect(followedPeople(asRole('ADMIN', { agencyId: 3, employeeId: 9 }))).toEqual({ agencyId: 3 });
  });

  it('gives a manager their people and themselves, each once', () => {
    const manager = asRole('MANAGER', { agencyId: 1, employeeId: 5, employeeIds: [5, 6, 7] });
    expect(followedPeople(manager)).toEqual({ agencyId: 1, employeeIds: [5, 6, 7] });
  });

  it('gives an ASN themselves only, and an ASN without a record nobody', () => {
    expect(followedPeople(asRole('ASN', { agencyId: 1, employeeId: 8 }))).toEqual({ agencyId: 1, employeeIds: [8] });
    expect(followedPeople(asRole('ASN', { agencyId: 1 }))).toEqual({ agencyId: 1, employeeIds: [] });
  });

  it('refuses the anonymous caller as unauthenticated and an API key or the system as forbidden', () => {
    expect(codeOf(() => followedPeople(asRole('anonymous')))).toBe(CommonErrorCode.UNAUTHENTICATED);
    expect(codeOf(() => followedPeople(asApiKey(1, ['training:read'])))).toBe(CommonErrorCode.FORBIDDEN);
    expect(codeOf(() => followedPeople(asRole('system')))).toBe(CommonErrorCode.FORBIDDEN);
  });
});
