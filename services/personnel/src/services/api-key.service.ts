// API keys of external systems: a key is random, shown once; only its SHA-256 is kept, so a leaked table leaks no key.
import { createHash, randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { auditedWrite, inTransaction, type Scope } from '@asn/common';
import { Agency } from '../entities/agency.entity.js';
import { ApiKey } from '../entities/api-key.entity.js';

export const SCOPES: Scope[] = ['personnel:read', 'training:read', 'certification:read', 'pii:read'];

export function hashApiKey(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}

export function parseScopes(list: string): Scope[] {
  const scopes = [
    ...new Set(
      list
        .split(',')
        .map((scope) => scope.trim())
        .filter(Boolean),
    ),
  ];
  const unknown = scopes.filter((scope) => !(SCOPES as string[]).includes(scope));
  if (scopes.length === 0 || unknown.length > 0) {
    throw new Error(
      `scopes must be a comma list of ${SCOPES.join(', ')}${unknown.length ? `; unknown: ${unknown.join(', ')}` : ''}`,
    );
  }
  return scopes as Scope[];
}

export async function createApiKey(
  dataSource: DataSource,
  request: { agencyId: number; name: string; scopes: Scope[] },
  now: Date,
): Promise<{ id: number; key: string }> {
  const name = request.name.trim();
  if (name.length === 0 || name.length > 100) throw new Error('a name of 1-100 characters is required');
  if (!(await dataSource.getRepository(Agency).existsBy({ id: request.agencyId }))) {
    throw new Error(`no agency ${request.agencyId}`);
  }
  const key = `asn_${randomBytes(32).toString('base64url')}`;
  const { identifiers } = await dataSource.getRepository(ApiKey).insert({
    name,
    agencyId: request.agencyId,
    scopes: request.scopes.join(','),
    keyHash: hashApiKey(key),
    createdAt: now,
    revokedAt: null,
  });
  return { id: Number(identifiers[0]!.id), key };
}

export function listApiKeys(dataSource: DataSource): Promise<ApiKey[]> {
  return dataSource.getRepository(ApiKey).find({ order: { id: 'ASC' } });
}

/** Revokes a key; false when there is no such key or it was already revoked. */
export async function revokeApiKey(dataSource: DataSource, id: number, now: Date): Promise<boolean> {
  const key = await dataSource.getRepository(ApiKey).findOneBy({ id });
  if (!key || key.revokedAt !== null) return false;
  await inTransaction(dataSource, (manager) =>
    auditedWrite(manager, ApiKey, { id }, () => manager.getRepository(ApiKey).update({ id }, { revokedAt: now })),
  );
  return true;
}
