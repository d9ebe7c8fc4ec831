// `npm start` restarts a supervised process that dies instead of stopping the whole system. The
// same launcher (launcher/stack.mjs, `supervise`) runs here; each process is killed hard once and must come
// back on its port. SQLite only.
import type { ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn } from '../support/sign-in.js';
import { startTestStack, type TestStack } from '../support/start-stack.js';

async function answersWithin(url: string, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url, { signal: AbortSignal.timeout(1000) })).ok) return true;
    } catch {
      // not back yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return false;
}

function killHard(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });
}

describe('the supervising launcher', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startTestStack({ database: 'sqlite', supervise: true });
  });
  afterAll(() => stack?.stop());

  it.each(['training', 'gateway'])('restarts %s after it is killed, and the system answers again', async (name) => {
    const entry = stack.children.find((candidate) => candidate.name === name)!;
    const before = entry.child;
    await killHard(before);
    const health =
      name === 'gateway' ? `${stack.gatewayUrl}/healthcheck` : new URL('/health', stack.subgraphUrls[name]).href;
    expect(await answersWithin(health, 30_000)).toBe(true);
    expect(entry.child).not.toBe(before);
    expect(entry.child.exitCode).toBeNull();
    const token = await signIn(stack.gatewayUrl, 'asn.ambon.1');
    const response = await fetch(`${stack.gatewayUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: '{ trainings(first: 1) { totalCount } }' }),
    });
    expect(response.status).toBe(200);
    expect(
      ((await response.json()) as { data: { trainings: { totalCount: number } } }).data.trainings.totalCount,
    ).toBeGreaterThan(0);
  });

  it('leaves the other processes running while one restarts', () => {
    for (const { name, child } of stack.children) expect(child.exitCode, name).toBeNull();
  });
});
