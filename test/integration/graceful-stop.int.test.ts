// SIGTERM: a subgraph stops taking requests, finishes those in flight, closes its database and exits 0.
import { IDENTITY_HEADER, signIdentity } from '@asn/common';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestStack, type TestStack } from '../support/start-stack.js';

describe('a subgraph on SIGTERM', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startTestStack({ database: 'sqlite' });
  });
  afterAll(() => stack?.stop());

  it('finishes the requests in flight and exits with code 0', async () => {
    const { child } = stack.children.find((entry) => entry.name === 'personnel')!;
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    const body = JSON.stringify({ query: '{ __typename }' });
    const header = await signIdentity({ kind: 'system' }, 'dev-only-identity-secret-change-me', {
      audience: 'personnel',
      search: '',
      body,
    });
    const send = () =>
      fetch(stack.subgraphUrls.personnel!, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [IDENTITY_HEADER]: header },
        body,
      }).then(
        // The whole answer, read to its end: one cut off half way fails here ("terminated").
        async (response) => ((await response.json()) as { data?: { __typename?: string } }).data?.__typename ?? 'bad',
        (error: Error) => (error.cause as { code?: string } | undefined)?.code ?? error.message,
      );
    const inFlight = Array.from({ length: 20 }, send);
    await new Promise((resolve) => setTimeout(resolve, 5));
    child.kill('SIGTERM');
    const outcomes = await Promise.all(inFlight);
    // Each request was either answered in full or refused before it started: none cut off half way. A connection
    // the server had accepted but whose request had not arrived yet is idle, and closing idle connections is part of
    // stopping: its client sees a reset (ECONNRESET, or undici's UND_ERR_SOCKET), and the request never began.
    for (const outcome of outcomes)
      expect(['Query', 'ECONNREFUSED', 'ECONNRESET', 'UND_ERR_SOCKET']).toContain(outcome);
    expect(outcomes).toContain('Query');
    expect(await exited).toBe(0);
  });
});
