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
        (response) => response.status,
        (error: Error) => (error.cause as { code?: string } | undefined)?.code ?? error.message,
      );
    const inFlight = Array.from({ length: 20 }, send);
    await new Promise((resolve) => setTimeout(resolve, 5));
    child.kill('SIGTERM');
    const outcomes = await Promise.all(inFlight);
    // Each request was either answered in full or refused before it started: none cut off half way.
    for (const outcome of outcomes) expect([200, 'ECONNREFUSED']).toContain(outcome);
    expect(outcomes).toContain(200);
    expect(await exited).toBe(0);
  });
});
