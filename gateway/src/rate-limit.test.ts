import { describe, expect, it } from 'vitest';
import { addressBucket, consume, hasAllowance, identityBucket, memoryLimiters } from './rate-limit.js';

describe('rate limits', () => {
  it('allows the configured requests per minute per bucket, then refuses with a retry time', async () => {
    const limiter = memoryLimiters('test', 2);
    expect(await consume(limiter, 'a')).toEqual({ allowed: true });
    expect(await consume(limiter, 'a')).toEqual({ allowed: true });
    expect(await consume(limiter, 'b')).toEqual({ allowed: true });
    const refused = await consume(limiter, 'a');
    expect(refused.allowed).toBe(false);
    expect(refused.allowed === false && refused.retryAfterSeconds).toBeGreaterThan(0);
    expect(await hasAllowance(limiter, 'a')).toBe(false);
    expect(await hasAllowance(limiter, 'b')).toBe(true);
  });

  it('keys a verified caller on its identity and everyone else on the address', () => {
    const user = { kind: 'user', userId: '7', role: 'ASN', agencyId: '1' } as const;
    expect(identityBucket(user, '10.0.0.1')).toBe('user:7');
    expect(identityBucket(user, '10.0.0.2')).toBe('user:7');
    expect(identityBucket({ kind: 'apiKey', keyId: '3', agencyId: '1', scopes: [] }, '10.0.0.1')).toBe('apiKey:3');
    expect(identityBucket({ kind: 'anonymous' }, '10.0.0.1')).toBe(addressBucket('10.0.0.1'));
  });
});
