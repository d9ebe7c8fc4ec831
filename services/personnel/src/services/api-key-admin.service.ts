// An agency's administrator issues API keys to external systems through the API and revokes them (the CLI does the
// same for an operator). The key is random and shown once; only its SHA-256 is stored, as the gateway looks keys up
// by that hash. A revoked key is kept, marked, for the list and the audit log.
import { badInput, inTransaction, parseId, requiredText, type Identity } from '@asn/common';
import { randomBytes } from 'node:crypto';
import type { Context } from '../context.js';
import { ApiKey } from '../entities/api-key.entity.js';
import type { CreateApiKeyInput } from '../inputs/api-key.input.js';
import { authorize, homeAgency } from '../policy.js';
import type { CreatedApiKey } from '../types/created-api-key.type.js';
import { hashApiKey, SCOPES } from './api-key.service.js';

function adminAgency(identity: Identity): number {
  const agencyId = homeAgency(identity) ?? 0;
  authorize(identity, { action: 'apiKey.manage', agencyId });
  return agencyId;
}

export async function listApiKeys(context: Context): Promise<ApiKey[]> {
  const agencyId = adminAgency(context.identity);
  return context.dataSource
    .getRepository(ApiKey)
    .find({ where: { agencyId }, order: { createdAt: 'DESC', id: 'DESC' } });
}

export async function createApiKey(context: Context, input: CreateApiKeyInput): Promise<CreatedApiKey> {
  const agencyId = adminAgency(context.identity);
  const name = requiredText('input.name', input.name, 100);
  const scopes = [...new Set(input.scopes)];
  if (scopes.length === 0 || scopes.some((scope) => !(SCOPES as string[]).includes(scope))) {
    throw badInput('input.scopes', 'SCOPES_INVALID', {
      id: `Pilih minimal satu cakupan: ${SCOPES.join(', ')}.`,
      en: `Choose at least one scope of: ${SCOPES.join(', ')}.`,
    });
  }
  const key = `asn_${randomBytes(32).toString('base64url')}`;
  const userId = context.identity.kind === 'user' ? Number(context.identity.userId) : NaN;
  const apiKey = await inTransaction(context.dataSource, (manager) =>
    manager.getRepository(ApiKey).save({
      name,
      agencyId,
      scopes: SCOPES.filter((scope) => scopes.includes(scope)).join(','),
      keyHash: hashApiKey(key),
      createdAt: new Date(),
      createdByUserId: Number.isInteger(userId) ? userId : null,
      revokedAt: null,
    }),
  );
  return { key, apiKey };
}

export async function revokeApiKey(context: Context, idText: string): Promise<ApiKey> {
  adminAgency(context.identity);
  const key = await context.dataSource.getRepository(ApiKey).findOneBy({ id: parseId(idText, 'input.id') });
  // Another agency's key reads as absent, so its existence does not leak.
  if (!key || key.agencyId !== homeAgency(context.identity)) {
    throw badInput('input.id', 'NOT_FOUND', { id: 'Kunci API tidak ditemukan.', en: 'No such API key.' });
  }
  if (key.revokedAt) {
    throw badInput('input.id', 'ALREADY_REVOKED', {
      id: 'Kunci API sudah dicabut.',
      en: 'The key is already revoked.',
    });
  }
  return inTransaction(context.dataSource, (manager) =>
    manager.getRepository(ApiKey).save({ ...key, revokedAt: new Date() }),
  );
}
