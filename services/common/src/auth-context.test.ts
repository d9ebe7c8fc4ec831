import { describe, expect, it } from 'vitest';
import { requestDigest, signIdentity, verifyIdentity, type Identity } from './auth-context.js';
import { signHs256 } from './hs256-token.js';

const SECRET = 'unit-test-identity-secret-of-some-length';
const admin: Identity = { kind: 'user', userId: '1', role: 'ADMIN', agencyId: '1' };
const binding = { audience: 'training', search: '', body: '{"query":"{ __typename }"}' };

describe('the gateway-to-subgraph identity token', () => {
  it('is accepted by the subgraph it names, for the request it was made for', async () => {
    const token = await signIdentity(admin, SECRET, binding);
    expect(await verifyIdentity(token, SECRET, binding)).toEqual(admin);
    // The raw bytes of the body count the same as its text.
    expect(await verifyIdentity(token, SECRET, { ...binding, body: Buffer.from(binding.body) })).toEqual(admin);
  });

  it.each([
    ['another subgraph', { ...binding, audience: 'certification' }],
    ['another body', { ...binding, body: '{"query":"mutation { x }"}' }],
    ['another query string', { ...binding, search: '?query=%7B__typename%7D' }],
  ])('is refused when replayed against %s', async (_what, replay) => {
    expect(await verifyIdentity(await signIdentity(admin, SECRET, binding), SECRET, replay)).toBeNull();
  });

  it('is refused when expired, made to live longer than a few seconds, or signed with another secret', async () => {
    expect(await verifyIdentity(await signIdentity(admin, SECRET, binding, -1), SECRET, binding)).toBeNull();
    expect(await verifyIdentity(await signIdentity(admin, SECRET, binding, 3600), SECRET, binding)).toBeNull();
    expect(await verifyIdentity(await signIdentity(admin, 'another-secret', binding), SECRET, binding)).toBeNull();
  });

  it('is refused when issued in the future or by another issuer, though signed with the secret', async () => {
    const now = Math.floor(Date.now() / 1000);
    const claims = { identity: admin, req: requestDigest(binding.search, binding.body), aud: binding.audience };
    const forged = (extra: object) =>
      signHs256({ ...claims, iss: 'asn-gateway', iat: now, exp: now + 10, ...extra }, SECRET);
    expect(await verifyIdentity(forged({}), SECRET, binding)).toEqual(admin);
    expect(await verifyIdentity(forged({ iat: now + 5, exp: now + 15 }), SECRET, binding)).toBeNull();
    expect(await verifyIdentity(forged({ iss: 'someone-else' }), SECRET, binding)).toBeNull();
    expect(await verifyIdentity(forged({ aud: ['training', 'personnel'] }), SECRET, binding)).toBeNull();
    expect(await verifyIdentity(forged({ identity: 'admin' }), SECRET, binding)).toBeNull();
  });
});
