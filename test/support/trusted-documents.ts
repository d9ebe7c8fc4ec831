// The web app's trusted documents (hash -> text, written by web codegen), for sending an operation as the app does:
// by its hash alone.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '@asn/launcher/stack.mjs';

// From the repository's root: this file also runs compiled, from test/dist/ (the benchmarks).
const MANIFEST = join(ROOT, 'web/src/graphql/persisted-documents.json');
export const trustedDocuments = JSON.parse(readFileSync(MANIFEST, 'utf8')) as Record<string, string>;

/** The hash under which the manifest stores the query named `operationName`. */
export function trustedQueryHash(operationName: string): string {
  const entry = Object.entries(trustedDocuments).find(
    ([, document]) => document.startsWith(`query ${operationName}(`) || document.startsWith(`query ${operationName} `),
  );
  if (!entry) throw new Error(`${operationName} is not in the manifest`);
  return entry[0];
}
