import { describe, expect, it } from 'vitest';
import { verifyIdentity, type Identity } from '@asn/common';
import { createIdentityHeaders } from './forward-identity.js';
import type { SystemClient } from '../system-client.js';
import { createAgencyTimeZoneLookup } from './agency-time-zone.js';

const ZONES: Record<string, string> = { '1': 'Asia/Jayapura', '4': 'Asia/Jakarta' };

function fakePersonnel(calls: string[], down = false): SystemClient {
  return (async (_document: string, variables: Record<string, unknown>) => {
    calls.push(String(variables.id));
    if (down) throw new Error('personnel down');
    const timeZone = ZONES[String(variables.id)];
    return { agency: timeZone ? { timeZone } : null };
  }) as SystemClient;
}

describe("the caller's agency time zone in the signed identity", () => {
  it('is vouched for users and API keys, looked up once per agency while cached', async () => {
    const calls: string[] = [];
    const headers = createIdentityHeaders('secret', {
      agencies: async () => ({ employeeAgencies: {}, unitAgencies: {} }),
      managedScope: async () => ({ unitIds: [], employeeIds: [] }),
      timeZone: createAgencyTimeZoneLookup(fakePersonnel(calls)),
    });
    const fetch = { audience: 'training', search: '', body: '{}' };
    const user: Identity = { kind: 'user', userId: 'u', role: 'ASN', agencyId: '1' };
    const key: Identity = { kind: 'apiKey', keyId: 'k', agencyId: '4', scopes: [] };
    for (const [identity, zone] of [
      [user, 'Asia/Jayapura'],
      [user, 'Asia/Jayapura'],
      [key, 'Asia/Jakarta'],
    ] as const) {
      const token = (await headers({}, identity, { query: '{ me { id } }' }, fetch))['x-asn-identity'];
      expect(await verifyIdentity(token, 'secret', fetch)).toMatchObject({ timeZone: zone });
    }
    expect(calls).toEqual(['1', '4']);
    const system = (await headers({}, { kind: 'system' }, undefined, fetch))['x-asn-identity'];
    expect(await verifyIdentity(system, 'secret', fetch)).toEqual({ kind: 'system' });
  });

  it('leaves the zone out when personnel cannot answer, and asks again next time', async () => {
    const calls: string[] = [];
    const lookup = createAgencyTimeZoneLookup(fakePersonnel(calls, true));
    expect(await lookup('1')).toBeUndefined();
    expect(await lookup('1')).toBeUndefined();
    expect(calls).toEqual(['1', '1']);
  });
});
