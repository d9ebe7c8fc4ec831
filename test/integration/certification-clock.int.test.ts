// Certificate status is computed at read time: the same stored certificate reads active, then expiring, then expired
// as the certification process restarts on later dates (CLOCK_AT) over the same database, the stack otherwise running.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../support/graphql-client.js';
import { signIn } from '../support/sign-in.js';
import { startTestStack, type TestStack } from '../support/start-stack.js';
import { DATABASES } from '../support/test-config.js';

const CERTIFICATE = `query ($id: ID!) { certificate(id: $id) { status daysUntilExpiry } }`;
const UNIT = `query { unit(id: "1") { expiringCertificates(withinDays: 90) { id } } }`;
const RECORD = `mutation ($input: RecordCertificateInput!) { recordCertificate(input: $input) { id expiresOn } }`;

describe.each(DATABASES)('certificate status as the clock moves on %s', (database) => {
  const FIRST_DAY = '2026-03-01';
  let stack: TestStack;
  let clockAt = FIRST_DAY;
  beforeAll(async () => {
    stack = await startTestStack({ database, envOf: { certification: { CLOCK_AT: FIRST_DAY } } });
  });
  afterAll(() => stack?.stop());

  /** Runs `work` as the Ambon administrator with certification on `today`, restarted there if it is on another day
   *  (the other processes and every database stay as they are). */
  async function on<T>(today: string, work: (call: typeof graphql, token: string, url: string) => Promise<T>) {
    if (today !== clockAt) await stack.restart('certification', { CLOCK_AT: today });
    clockAt = today;
    return work(graphql, await signIn(stack.gatewayUrl, 'admin.ambon'), stack.gatewayUrl);
  }

  it('reads a certificate active, expiring, then expired, and a unit’s expiring list follows', async () => {
    // BNSP project management, 36 months from 2023-07-15: valid through 2026-07-15.
    const id = await on(FIRST_DAY, async (call, token, url) => {
      const recorded = await call(
        url,
        RECORD,
        { input: { employeeId: '4', schemeId: '8', number: 'CLOCK-1', issuedOn: '2023-07-15' } },
        { token },
      );
      expect(recorded.data?.recordCertificate.expiresOn).toBe('2026-07-15');
      const read = await call(url, CERTIFICATE, { id: recorded.data!.recordCertificate.id }, { token });
      expect(read.data?.certificate).toEqual({ status: 'ACTIVE', daysUntilExpiry: 136 });
      return recorded.data!.recordCertificate.id as string;
    });

    await on('2026-06-01', async (call, token, url) => {
      const read = await call(url, CERTIFICATE, { id }, { token });
      expect(read.data?.certificate).toEqual({ status: 'EXPIRING', daysUntilExpiry: 44 });
      const unit = await call(url, UNIT, {}, { token });
      expect(unit.data?.unit.expiringCertificates.map((c: { id: string }) => c.id)).toContain(id);
    });

    await on('2026-07-16', async (call, token, url) => {
      const read = await call(url, CERTIFICATE, { id }, { token });
      expect(read.data?.certificate).toEqual({ status: 'EXPIRED', daysUntilExpiry: -1 });
      const unit = await call(url, UNIT, {}, { token });
      expect(unit.data?.unit.expiringCertificates.map((c: { id: string }) => c.id)).not.toContain(id);
    });
    // Three restarts of certification in one test: on a loaded machine each takes seconds.
  }, 120_000);
});
