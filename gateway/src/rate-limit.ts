// Requests per minute per bucket, with rate-limiter-flexible. Buckets are keyed on the verified identity (a user id,
// an API key id); anonymous callers and callers whose credential did not verify share their address's bucket; sign-in
// has a stricter bucket of its own. The in-memory store bounds itself (a key is dropped when its minute ends); several
// gateway replicas share one MySQL/MariaDB table instead (shared-rate-limit.ts, RATE_LIMIT_DATABASE_URL).
import { RateLimiterMemory, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { Identity } from '@asn/common/identity';

export type LimiterFactory = (name: string, pointsPerMinute: number) => RateLimiterAbstract;

export const memoryLimiters: LimiterFactory = (name, pointsPerMinute) =>
  new RateLimiterMemory({ keyPrefix: name, points: pointsPerMinute, duration: 60 });

export type Verdict = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export function addressBucket(address: string | undefined): string {
  return `address:${address ?? 'unknown'}`;
}

export function identityBucket(identity: Identity, address: string | undefined): string {
  if (identity.kind === 'user') return `user:${identity.userId}`;
  if (identity.kind === 'apiKey') return `apiKey:${identity.keyId}`;
  return addressBucket(address);
}

export async function consume(limiter: RateLimiterAbstract, bucket: string): Promise<Verdict> {
  try {
    await limiter.consume(bucket);
    return { allowed: true };
  } catch (refusal) {
    // The limiter rejects with a RateLimiterRes when the bucket is empty, with an Error when its store fails.
    if (!(refusal instanceof RateLimiterRes)) throw refusal;
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(refusal.msBeforeNext / 1000)) };
  }
}

/** Whether the bucket still has an allowance left, without using any of it. */
export async function hasAllowance(limiter: RateLimiterAbstract, bucket: string): Promise<boolean> {
  const state = await limiter.get(bucket);
  return state === null || state.consumedPoints < limiter.points;
}
