// Certificate status is computed at read time: the same stored certificate reads active, then expiring, then expired
// as the certification process restarts on later dates (CLOCK_AT) over the same database.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createConnection } from 'mysql2/promise';
import { afterAll, describe, expect, it } from 'vitest';
import { graphql } from '../support/graphql-client.js';
import { signIn } from '../support/sign-in.js';
import { startTestStack } from '../support/start-stack.js';
import { DATABASES, testConfig, type DatabaseKind } from '../support/test-config.js';

const CERTIFICATE = `query ($id: ID!) { certificate(id: $id) { status daysUntilExpiry } }`;
const UNIT = `query { unit(id: "1") { expiringCertificates(withinDays: 90) { id } } }`;
const RECORD = `mutation ($input: RecordCertificateInput!) { recordCertificate(input: $input) { id expiresOn } }`;

/** Certification's own database, kept across stacks; the other subgraphs start fresh each time. */
function certificationStorage(database: DatabaseKind) {
  const dataDir = mkdtempSync(join(tmpdir(), 'asn-cert-clock-'));
  const prefix = `asn_clock${process.pid}_`;
  const env: Record<string, string> = database === 'mysql' ? { DATABASE_PREFIX: prefix } : { DATA_DIR: dataDir };
  return {
    env,
    async remove() {
      rmSync(dataDir, { recursive: true, force: true });
      if (database !== 'mysql') return;
      const url = new URL(testConfig.MYSQL_URL!);
      const connection = await createConnection({
        host: url.hostname,
        port: Number(url.port || 3306),
        user: decodeURIComponent(url.username) || 'root',
        password: decodeURIComponent(url.password),
      });
      await connection.query(`DROP DATABASE IF EXISTS \`${prefix}certification\``);
      await connection.end();
    },
  };
}

describe.each(DATABASES)('certificate status as the clock moves on %s', (database) => {
  const storage = certificationStorage(database);
  afterAll(() => storage.remove());

  /** Starts the stack with certification on `today`, runs `work` as the Ambon administrator, stops it. */
  async function on<T>(today: string, work: (call: typeof graphql, token: string, url: string) => Promise<T>) {
    const stack = await startTestStack({
      database,
      envOf: { certification: { CLOCK_AT: today, ...storage.env } },
    });
    try {
      return await work(graphql, await signIn(stack.gatewayUrl, 'admin.ambon'), stack.gatewayUrl);
    } finally {
      await stack.stop();
    }
  }

  it('reads a certificate active, expiring, then expired, and a unit’s expiring list follows', async () => {
    // BNSP project management, 36 months from 2023-07-15: valid through 2026-07-15.
    const id = await on('2026-03-01', async (call, token, url) => {
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
    // Three stack starts in one test: on a loaded machine each takes well over the default 20 s share.
  }, 180_000);
});
