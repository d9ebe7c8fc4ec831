// Sends each operation as the hash of its trusted document (extensions.persistedQuery, Apollo's format) instead of
// its text: the gateway runs the document it stores under that hash, and with TRUSTED_DOCUMENTS_ONLY nothing else.
// The hash is the one codegen embedded in the document and wrote to persisted-documents.json.
import type { DocumentNode } from 'graphql';
import { createPersistedQueryLink } from '@apollo/client/link/persisted-queries';

/** The hash codegen embeds in every generated document (presetConfig.persistedDocuments). */
export function trustedDocumentHash(document: DocumentNode): string {
  const hash = (document as DocumentNode & { __meta__?: { hash?: unknown } }).__meta__?.hash;
  if (typeof hash !== 'string') {
    const name = document.definitions.find((definition) => definition.kind === 'OperationDefinition')?.name?.value;
    throw new Error(`${name ?? 'An operation'} is not a generated document: write it in src/graphql and run codegen`);
  }
  return hash;
}

export const persistedQueryLink = createPersistedQueryLink({ generateHash: trustedDocumentHash });
