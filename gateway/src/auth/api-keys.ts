// API keys of external systems: only their SHA-256 is stored (personnel's api_key table); looked up once a minute.
import { createHash } from 'node:crypto';
import type { Identity, Scope } from '@asn/common';
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

export function hashApiKey(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}

export function createApiKeyResolver(personnel: SystemClient, ttlMs = 60_000) {
  const cache = new Map<string, { identity: Identity | null; until: number }>();
  return async (key: string): Promise<Identity | null> => {
    const keyHash = hashApiKey(key);
    const cached = cache.get(keyHash);
    if (cached && cached.until > Date.now()) return cached.identity;
    const data = await personnel<{ apiKeyIdentity: ApiKeyRow | null }>(API_KEY_IDENTITY, { keyHash });
    const row = data.apiKeyIdentity;
    const identity: Identity | null = row
      ? { kind: 'apiKey', keyId: row.id, agencyId: row.agencyId, scopes: row.scopes }
      : null;
    cache.set(keyHash, { identity, until: Date.now() + ttlMs });
    return identity;
  };
}
