// graphql-http's GraphQL-over-HTTP server audits against the gateway and each subgraph. Every MUST passes; the
// SHOULD audits that fail are listed here with the reason, so a change in either direction is noticed.
import { IDENTITY_HEADER, signIdentity } from '@asn/common';
import { serverAudits, type Audit } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestStack, type TestStack } from '../support/start-stack.js';

const SECRET = 'dev-only-identity-secret-change-me';

/**
 * SHOULD audits not met, by target. Apollo Server answers 400 to parse, validation and variable errors even for
 * `Accept: application/json` by design (docs/architecture.md); the audit prefers 200 there for legacy clients.
 */
const APOLLO_BY_DESIGN = [
  'SHOULD use 200 status code on document parsing failure when accepting application/json',
  'SHOULD use 200 status code on document validation failure when accepting application/json',
  'SHOULD use a status code of 200 on variable coercion failure when accepting application/json',
];
const KNOWN_SHOULD_FAILURES: Record<string, string[]> = {
  gateway: [],
  personnel: APOLLO_BY_DESIGN,
  training: APOLLO_BY_DESIGN,
  certification: APOLLO_BY_DESIGN,
};

async function runAudits(url: string, fetchFn: typeof fetch) {
  const audits: Audit[] = serverAudits({ url, fetchFn });
  const results = await Promise.all(audits.map((audit) => audit.fn()));
  return results.map((result, index) => ({ ...result, name: audits[index]!.name }));
}

describe('GraphQL over HTTP conformance', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startTestStack({ database: 'sqlite' });
  });
  afterAll(() => stack?.stop());

  const targets = ['gateway', 'personnel', 'training', 'certification'];
  it.each(targets)('%s passes every MUST audit', async (target) => {
    const url = target === 'gateway' ? `${stack.gatewayUrl}/graphql` : stack.subgraphUrls[target]!;
    // Subgraphs accept only what the gateway signs: the audits go in as the gateway would send them.
    const fetchFn: typeof fetch =
      target === 'gateway'
        ? fetch
        : async (input, init) => {
            const headers = new Headers(init?.headers);
            const body = typeof init?.body === 'string' ? init.body : '';
            const search = new URL(input instanceof Request ? input.url : String(input)).search;
            headers.set(
              IDENTITY_HEADER,
              await signIdentity({ kind: 'anonymous' }, SECRET, { audience: target, search, body }),
            );
            return fetch(input, { ...init, headers });
          };
    const results = await runAudits(url, fetchFn);
    const mustFailures = results.filter((r) => r.status !== 'ok' && r.name.startsWith('MUST'));
    expect(mustFailures.map((r) => `${r.name}: ${'reason' in r ? r.reason : ''}`)).toEqual([]);
    const shouldFailures = results.filter((r) => r.status !== 'ok' && r.name.startsWith('SHOULD')).map((r) => r.name);
    expect(shouldFailures).toEqual(KNOWN_SHOULD_FAILURES[target]);
  });
});
