// The app sends only hashes, so the manifest the gateway reads must hold, under each hash, the very document
// Apollo runs (its __typename additions included), or the cache would miss fields the gateway never returned.
import { ApolloClient, ApolloLink, InMemoryCache, Observable, type Operation } from '@apollo/client/core';
import { Kind, parse, print, visit, type ASTNode, type DocumentNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import * as generated from './graphql/generated/graphql';
import manifest from './graphql/persisted-documents.json';
import { persistedQueryLink } from './persisted-query-link';

const documents = Object.entries(generated).filter(
  (entry): entry is [string, DocumentNode] =>
    entry[0].endsWith('Document') && (entry[1] as DocumentNode).kind === Kind.DOCUMENT,
);

/** Order-free form of a document: codegen prints fields, arguments and variables sorted, Apollo as written. */
function normalized(document: DocumentNode): string {
  const sortedBy = <T extends ASTNode>(nodes: readonly T[] | undefined) =>
    nodes && [...nodes].sort((a, b) => print(a).localeCompare(print(b)));
  const sorted = visit(document, {
    SelectionSet: (node) => ({ ...node, selections: sortedBy(node.selections) }),
    Field: (node) => ({ ...node, arguments: sortedBy(node.arguments) }),
    OperationDefinition: (node) => ({ ...node, variableDefinitions: sortedBy(node.variableDefinitions) }),
  });
  return [...sorted.definitions]
    .map((definition) => print(definition))
    .sort()
    .join('\n');
}

async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** The operation as it leaves the persisted-query link, for one generated document. */
async function sentOperation(document: DocumentNode): Promise<Operation> {
  let sent: Operation | undefined;
  const capture = new ApolloLink((operation) => {
    sent = operation;
    return Observable.of({ data: null });
  });
  const client = new ApolloClient({ link: persistedQueryLink.concat(capture), cache: new InMemoryCache() });
  const isMutation = document.definitions.some(
    (definition) => definition.kind === Kind.OPERATION_DEFINITION && definition.operation === 'mutation',
  );
  const request = isMutation
    ? client.mutate({ mutation: document })
    : client.query({ query: document, fetchPolicy: 'no-cache' });
  await request.catch(() => undefined);
  if (!sent) throw new Error('no operation reached the link');
  return sent;
}

describe('trusted documents', () => {
  it('finds generated documents', () => {
    expect(documents.length).toBeGreaterThan(0);
  });

  it.each(documents)(
    '%s goes out as a hash only, stored in the manifest as the document Apollo runs',
    async (_, doc) => {
      const operation = await sentOperation(doc);
      const hash = operation.extensions.persistedQuery?.sha256Hash as string;
      expect(operation.extensions.persistedQuery).toEqual({ version: 1, sha256Hash: hash });
      expect(operation.getContext().http).toMatchObject({ includeQuery: false });
      const stored = (manifest as Record<string, string>)[hash];
      expect(stored, 'manifest entry (run npm run codegen -w web)').toBeDefined();
      expect(await sha256Hex(stored!)).toBe(hash);
      expect(normalized(parse(stored!))).toBe(normalized(operation.query));
    },
  );

  it('holds no document the app does not use', () => {
    const hashes = documents.map(([, document]) => (document as { __meta__?: { hash: string } }).__meta__?.hash);
    expect(Object.keys(manifest).sort()).toEqual(hashes.sort());
  });
});
