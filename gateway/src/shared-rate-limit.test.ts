// Two gateway replicas counting in one MariaDB table give a caller one allowance between them, not one each.
// Needs a MySQL/MariaDB server: runs when MYSQL_URL is set (as the integration tests on MariaDB do).
import { createConnection } from 'mysql2/promise';
import { afterAll, describe, expect, it } from 'vitest';
import { consume } from './rate-limit.js';
import { sharedLimiters, type SharedLimiters } from './shared-rate-limit.js';

const SERVER = process.env.MYSQL_URL;

/** A connection to the server itself (no database), to drop what the test made. */
function serverConnection() {
  const url = new URL(SERVER!);
  return createConnection({
    host: url.hostname,
    port: Number(url.port || 3306),
    user: decodeURIComponent(url.username) || 'root',
    password: decodeURIComponent(url.password),
  });
}

describe.runIf(SERVER)('rate limits shared by gateway replicas', () => {
  const database = `asn_rl_${process.pid}_${Date.now().toString(36)}`;
  const replicas: SharedLimiters[] = [];
  afterAll(async () => {
    await Promise.all(replicas.map((replica) => replica.close()));
    const connection = await serverConnection();
    await connection.query(`DROP DATABASE IF EXISTS \`${database}\``);
    await connection.end();
  });

  it('refuses the sixth request of a five-per-minute caller, wherever each request lands', async () => {
    const url = `${SERVER!.replace(/\/$/, '')}/${database}`;
    replicas.push(sharedLimiters(url), sharedLimiters(url));
    await Promise.all(replicas.map((replica) => replica.ready));
    const [a, b] = replicas.map((replica) => replica.limiters('requests', 5));
    const verdicts = [];
    for (const limiter of [a, b, a, b, a, b]) verdicts.push((await consume(limiter!, 'user:7')).allowed);
    expect(verdicts).toEqual([true, true, true, true, true, false]);
    // Another caller's allowance is untouched.
    expect((await consume(b!, 'user:8')).allowed).toBe(true);
  });

  it('rejects the count when the database refuses it, and the process goes on', async () => {
    const connection = await serverConnection();
    await connection.query(`DROP TABLE \`${database}\`.rate_limit`);
    await connection.end();
    const limiter = replicas[0]!.limiters('requests', 5);
    await expect(consume(limiter, 'user:9')).rejects.toThrow(/rate_limit/);
  });
});
