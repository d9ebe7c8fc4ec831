// The web app's trusted documents (hash -> text, written by web codegen), for sending an operation as the app does:
// by its hash alone.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const MANIFEST = fileURLToPath(new URL('../../web/src/graphql/persisted-documents.json', import.meta.url));
export const trustedDocuments = JSON.parse(readFileSync(MANIFEST, 'utf8')) as Record<string, string>;

/** The hash under which the manifest stores the query named `operationName`. */
export function trustedQueryHash(operationName: string): string {
  const entry = Object.entries(trustedDocuments).find(
    ([, document]) => document.startsWith(`query ${operationName}(`) || document.startsWith(`query ${operationName} `),
  );
  if (!entry) throw new Error(`${operationName} is not in the manifest`);
  return entry[0];
}
