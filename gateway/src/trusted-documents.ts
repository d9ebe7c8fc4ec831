// The web app's operations as trusted documents: codegen writes hash -> document; the app sends the hash.
// With TRUSTED_DOCUMENTS_ONLY the gateway runs nothing else, except arbitrary queries from API keys that verified
// (a mere x-api-key header exempts nothing) and the gateway's own reminder sweep.
import { existsSync, readFileSync } from 'node:fs';
import type { GatewayConfig } from './config.js';
import type { RequestIdentities } from './request-identity.js';

export function loadTrustedDocuments(config: GatewayConfig): Map<string, string> {
  if (!existsSync(config.TRUSTED_DOCUMENTS_PATH)) {
    if (config.TRUSTED_DOCUMENTS_ONLY) {
      throw new Error(
        `TRUSTED_DOCUMENTS_ONLY is set but ${config.TRUSTED_DOCUMENTS_PATH} does not exist (npm run codegen)`,
      );
    }
    return new Map();
  }
  const manifest = JSON.parse(readFileSync(config.TRUSTED_DOCUMENTS_PATH, 'utf8')) as Record<string, string>;
  return new Map(Object.entries(manifest));
}

export function trustedDocumentsOptions(config: GatewayConfig, identities: RequestIdentities) {
  const documents = loadTrustedDocuments(config);
  return {
    getPersistedOperation: (hash: string) => documents.get(hash) ?? null,
    allowArbitraryDocuments: (request: Request) =>
      !config.TRUSTED_DOCUMENTS_ONLY || identities.mayRunAnyDocument(request),
  };
}
