// The load test (not part of npm test): 50 clients for 30 s on loopback against a stack it starts itself (SQLite,
// or MariaDB when MYSQL_URL is set), mixing reads and enrolment requests into small sessions. Prints the figures and
// exits 1 when a check fails (a 5xx, an enrolment lost or duplicated, a session over capacity).
//   node test/dist/bench/load-test.js            LOAD_CLIENTS=50 LOAD_SECONDS=30 change the shape
import { loadFailures, runMixedLoad } from '../support/mixed-load.js';
import { startTestStack } from '../support/start-stack.js';
import { testConfig } from '../support/test-config.js';

const clients = Number(process.env.LOAD_CLIENTS ?? 50);
const seconds = Number(process.env.LOAD_SECONDS ?? 30);
const database = testConfig.MYSQL_URL ? 'mysql' : 'sqlite';

// Whatever happens, the process ends: the run is bounded in time even if a request hangs.
setTimeout(
  () => {
    console.error('load test did not finish in time');
    process.exit(1);
  },
  (seconds + 240) * 1000,
).unref();

const stack = await startTestStack({ database, envOf: { gateway: { RATE_LIMIT_PER_MINUTE: '1000000' } } });
try {
  const report = await runMixedLoad(stack, { clients, seconds, sessions: 6, capacity: 5 });
  const failures = loadFailures(report);
  console.log(`load test on ${database}: ${clients} clients, ${seconds} s`);
  console.log(`  requests ${report.requests}, ${report.rps} requests/s, p50 ${report.p50} ms, p99 ${report.p99} ms`);
  console.log(`  5xx ${report.serverErrors}, unexpected errors ${JSON.stringify(report.unexpectedErrors)}`);
  console.log(`  enrolments: ${report.enrolmentsOk} successful responses, ${report.enrolmentRows} rows`);
  for (const session of report.sessions) {
    console.log(
      `  session ${session.id}: ${session.live} live of ${session.capacity} seats (seats_taken ${session.seatsTaken})`,
    );
  }
  console.log(failures.length ? `FAILED:\n  ${failures.join('\n  ')}` : 'all checks passed');
  process.exitCode = failures.length ? 1 : 0;
} finally {
  await stack.stop();
}
