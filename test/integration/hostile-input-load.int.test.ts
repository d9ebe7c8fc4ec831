// A short version of the load test (bench/load-test.ts) in the suite: 10 clients for 5 s of reads and concurrent
// enrolment requests into small sessions: no 5xx, one row per successful enrolment, no session over capacity.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadFailures, runMixedLoad } from '../support/mixed-load.js';
import { startTestStack, type TestStack } from '../support/start-stack.js';
import { DATABASES } from '../support/test-config.js';

describe.each(DATABASES)('a short burst of mixed load on %s', (database) => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startTestStack({ database, envOf: { gateway: { RATE_LIMIT_PER_MINUTE: '1000000' } } });
  });
  afterAll(() => stack?.stop());

  it('loses no enrolment, overfills no session and answers no 5xx', async () => {
    const report = await runMixedLoad(stack, { clients: 10, seconds: 5, sessions: 3, capacity: 4 });
    expect(loadFailures(report)).toEqual([]);
    expect(report.enrolmentsOk).toBeGreaterThan(0);
    expect(report.sessions.every((session) => session.live === session.capacity)).toBe(true);
  });
});
