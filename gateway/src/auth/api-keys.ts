// API keys of external systems: only their SHA-256 is stored (personnel's api_key table). Verified keys are cached
// for a few seconds only, so a revoked key stops working promptly; unknown keys are remembered in a bounded negative
// cache, so a key sent again is refused without a personnel lookup. Both caches are LRUs with a size and a TTL.
import { createHash } from 'node:crypto';
import { LRUCache } from 'lru-cache';
import type { Identity, Scope } from '@asn/common/identity';
import type { SystemClient } from '../system-client.js';

const API_KEY_IDENTITY = /* GraphQL */ `
  query ApiKeyIdentity($keyHash: String!) {
    apiKeyIdentity(keyHash: $keyHash) {
      id
      agencyId
      scopes
    }
  }
`;

interface ApiKeyRow {
  id: string;
  agencyId: string;
  scopes: Scope[];
}

export type ApiKeyIdentity = Extract<Identity, { kind: 'apiKey' }>;
/** A key not in either cache costs a personnel lookup; `mayLookUp` says whether this caller may still cause one
 *  (else 'throttled'). */
export type ApiKeyResolver = (
  key: string,
  mayLookUp?: () => Promise<boolean>,
) => Promise<ApiKeyIdentity | null | 'throttled'>;

export interface ApiKeyCacheOptions {
  /** How long a verified key is trusted without asking personnel again: the longest a revoked key still works. */
  verifiedTtlMs?: number;
  unknownTtlMs?: number;
  maxEntries?: number;
  /** The clock the TTLs run on (tests move it). */
  now?: () => number;
}

/** Longer than any API key anyone issues; longer ones are refused unseen. */
const MAX_KEY_LENGTH = 200;

export function hashApiKey(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}

export function createApiKeyResolver(
  personnel: SystemClient,
  { verifiedTtlMs = 5_000, unknownTtlMs = 60_000, maxEntries = 10_000, now }: ApiKeyCacheOptions = {},
): ApiKeyResolver {
  const perf = now && { now };
  const verified = new LRUCache<string, ApiKeyIdentity>({
    max: maxEntries,
    ttl: verifiedTtlMs,
    perf,
    ttlResolution: 0,
  });
  const unknown = new LRUCache<string, true>({ max: maxEntries, ttl: unknownTtlMs, perf, ttlResolution: 0 });
  // Keys that verified within the hour are looked up again whatever their address did (their own bucket limits
  // them): a system sharing an address with an abuser keeps working.
  const recentlyVerified = new LRUCache<string, true>({ max: maxEntries, ttl: 3_600_000, perf, ttlResolution: 0 });
  return async (key, mayLookUp) => {
    if (key.length === 0 || key.length > MAX_KEY_LENGTH) return null;
    const keyHash = hashApiKey(key);
    const known = verified.get(keyHash);
    if (known) return known;
    if (unknown.has(keyHash)) return null;
    if (mayLookUp && !recentlyVerified.has(keyHash) && !(await mayLookUp())) return 'throttled';
    const data = await personnel<{ apiKeyIdentity: ApiKeyRow | null }>(API_KEY_IDENTITY, { keyHash });
    const row = data.apiKeyIdentity;
    if (!row) {
      unknown.set(keyHash, true);
      recentlyVerified.delete(keyHash);
      return null;
    }
    const identity: ApiKeyIdentity = { kind: 'apiKey', keyId: row.id, agencyId: row.agencyId, scopes: row.scopes };
    verified.set(keyHash, identity);
    recentlyVerified.set(keyHash, true);
    return identity;
  };
}
