// The cluster load test (not part of npm test): two gateways and two instances of each subgraph on one MariaDB,
// behind one HAProxy on loopback, under the load test's mixed load (test/support/mixed-load.ts). Mid-run one instance
// of each subgraph and one gateway are killed, at distinct moments; a request may fail only if it was in flight at a
// kill (between the signal and the process's exit: a SIGTERM lets it finish what it has, for a while). Then two more gateways with a low rate limit show that the limit is shared: a caller whose requests alternate
// between them gets 429 after the limit, not after twice it. Prints the figures and exits 1 when a check fails.
//   MYSQL_URL=mysql://root@127.0.0.1:3306 node test/dist/bench/cluster-load-test.js
//   LOAD_CLIENTS=12 LOAD_SECONDS=40 change the shape; KILL_SIGNAL=SIGTERM stops the instances gracefully instead
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '@asn/launcher/stack.mjs';
import { startHaproxy, type RunningHaproxy } from './haproxy.js';
import { capacityFailures, runMixedLoad, type MixedLoadReport, type RequestSpan } from '../support/mixed-load.js';
import { connectMysqlServer } from '../support/mysql-server.js';
import { signIn } from '../support/sign-in.js';
import { startTestStack, type TestStack } from '../support/start-stack.js';
import { testConfig } from '../support/test-config.js';

const clients = Number(process.env.LOAD_CLIENTS ?? 12);
const seconds = Number(process.env.LOAD_SECONDS ?? 40);
const signal = process.env.KILL_SIGNAL === 'SIGTERM' ? 'SIGTERM' : 'SIGKILL';
/** The low limit of the rate-limit check's gateways, and its caller (one the mixed load does not use). */
const LIMIT = 20;
const LIMITED_USER = 'kadis.kominfo.ambon';
const SUBGRAPHS = ['personnel', 'training', 'certification'] as const;

const mysqlUrl = testConfig.MYSQL_URL;
if (!mysqlUrl) {
  console.error('the cluster load test runs on MariaDB/MySQL: set MYSQL_URL (e.g. mysql://root@127.0.0.1:3306)');
  process.exit(1);
}

const dir = mkdtempSync(join(tmpdir(), 'asn-cluster-'));
const rateLimitDatabase = `asn_cluster${process.pid}_rate_limit`;
const stacks: TestStack[] = [];
let haproxy: RunningHaproxy | undefined;

async function cleanUp(): Promise<void> {
  await haproxy?.stop();
  // The first stack owns the subgraphs' databases: it stops (and drops them) last.
  for (const stack of [...stacks].reverse()) await stack.stop();
  const connection = await connectMysqlServer(mysqlUrl!);
  await connection.query(`DROP DATABASE IF EXISTS \`${rateLimitDatabase}\``).finally(() => connection.end());
  rmSync(dir, { recursive: true, force: true });
}

// Whatever happens, the process ends: the run is bounded in time even if a request hangs.
setTimeout(
  () => {
    console.error('cluster load test did not finish in time');
    void cleanUp().finally(() => process.exit(1));
  },
  (seconds + 300) * 1000,
).unref();

/** From a kill's signal to its process's exit, in `performance.now()` time. */
interface Kill {
  name: string;
  at: number;
  exited: number;
}

/** Kills `name`'s process in `stack`; the kill's `exited` is the end of the run until the process has exited. */
function kill(stack: TestStack, name: string): Kill {
  const { child } = stack.children.find((entry) => entry.name === name)!;
  const record = { name, at: performance.now(), exited: Infinity };
  child.once('exit', () => (record.exited = performance.now()));
  child.kill(signal);
  return record;
}

const inFlight = (span: RequestSpan, kills: Kill[]) => kills.some((k) => span.begin <= k.exited && k.at <= span.end);

/** Enrolments lost (answered, not in the database) and unexplained (in the database, not answered, and no request
 *  for that person and session was in flight at a kill: one whose every attempt was cut short after the first
 *  committed keeps the seat it took). HAProxy's resend of a committed request carries its request key and is answered
 *  with that enrolment. The database's unique index forbids a duplicate. */
function enrolmentFailures(report: MixedLoadReport, kills: Kill[]): string[] {
  const pair = (enrolment: { employeeId: string; sessionId: string }) =>
    `${enrolment.employeeId}/${enrolment.sessionId}`;
  const live = new Set(report.liveEnrolments.map(pair));
  const answered = new Set(report.enrolmentRequests.filter((request) => request.enrolled).map(pair));
  const cutShort = new Set(
    report.enrolmentRequests.filter((request) => !request.enrolled && inFlight(request, kills)).map(pair),
  );
  const lost = [...answered].filter((key) => !live.has(key));
  const unexplained = [...live].filter((key) => !answered.has(key) && !cutShort.has(key));
  return [
    ...(lost.length ? [`enrolments answered but not in the database: ${lost.join(', ')}`] : []),
    ...(unexplained.length ? [`enrolments in the database never answered: ${unexplained.join(', ')}`] : []),
  ];
}

/** Sends requests for one caller through the limited gateways' frontend until `count`; how many passed before the
 *  first 429, and how many were 429 in all. */
async function rateLimitRun(url: string, count: number): Promise<{ passed: number; limited: number; other: number }> {
  const token = await signIn(url, LIMITED_USER);
  let passed = 0;
  let limited = 0;
  let other = 0;
  for (let i = 0; i < count; i += 1) {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    await response.arrayBuffer();
    if (response.status === 429) limited += 1;
    else if (response.status === 200 && limited === 0) passed += 1;
    else other += 1;
  }
  return { passed, limited, other };
}

try {
  const ports = { gateway: await freePort(), limited: await freePort() } as Record<string, number>;
  for (const name of SUBGRAPHS) ports[name] = await freePort();
  const pooled = Object.fromEntries(SUBGRAPHS.map((name) => [name, `http://127.0.0.1:${ports[name]}/graphql`]));
  const rateLimitUrl = new URL(mysqlUrl);
  rateLimitUrl.pathname = `/${rateLimitDatabase}`;
  const gatewayEnv = (perMinute: number) => ({
    PERSONNEL_URL: pooled.personnel!,
    TRAINING_URL: pooled.training!,
    CERTIFICATION_URL: pooled.certification!,
    RATE_LIMIT_DATABASE_URL: rateLimitUrl.href,
    RATE_LIMIT_PER_MINUTE: String(perMinute),
  });

  const started = performance.now();
  const first = await startTestStack({ database: 'mysql', envOf: { gateway: gatewayEnv(1_000_000) } });
  stacks.push(first);
  const shared = { database: 'mysql' as const, databaseEnv: first.databaseEnv };
  const second = await startTestStack({ ...shared, envOf: { gateway: gatewayEnv(1_000_000) } });
  stacks.push(second);
  for (let i = 0; i < 2; i += 1) {
    stacks.push(await startTestStack({ ...shared, subgraphUrls: pooled, envOf: { gateway: gatewayEnv(LIMIT) } }));
  }
  const hostOf = (url: string) => new URL(url).host;
  const [, , limitedA, limitedB] = stacks;
  haproxy = await startHaproxy(dir, [
    {
      name: 'gateway',
      port: ports.gateway!,
      servers: [first, second].map((s) => hostOf(s.gatewayUrl)),
      check: '/readiness',
    },
    {
      name: 'limited',
      port: ports.limited!,
      servers: [limitedA!, limitedB!].map((s) => hostOf(s.gatewayUrl)),
      check: '/readiness',
    },
    ...SUBGRAPHS.map((name) => ({
      name,
      port: ports[name]!,
      servers: [first, second].map((s) => hostOf(s.subgraphUrls[name]!)),
      check: '/ready',
    })),
  ]);
  console.log(`cluster started in ${Math.round((performance.now() - started) / 1000)} s`);

  // One instance of each subgraph, then one gateway, at distinct moments through the run.
  const kills: Kill[] = [];
  const schedule = ['personnel', 'training', 'certification', 'gateway'].map((name, index) => ({
    name,
    afterMs: seconds * 1000 * (0.2 + 0.15 * index),
  }));
  const timers: NodeJS.Timeout[] = [];
  let loadStart = 0;
  const report = await runMixedLoad(
    { ...first, gatewayUrl: `http://127.0.0.1:${ports.gateway}` },
    {
      clients,
      seconds,
      sessions: 20,
      capacity: 5,
      onLoadStart: () => {
        loadStart = performance.now();
        for (const { name, afterMs } of schedule)
          timers.push(setTimeout(() => kills.push(kill(second, name)), afterMs));
      },
    },
  );
  for (const timer of timers) clearTimeout(timer);
  const failedInFlight = report.failedRequests.filter((request) => inFlight(request, kills));
  const failedOutside = report.failedRequests.filter((request) => !inFlight(request, kills));
  const servers = await haproxy.servers();
  const rateLimit = await rateLimitRun(`http://127.0.0.1:${ports.limited}`, LIMIT * 2 + 10);
  const limitedServers = (await haproxy.servers()).filter((server) => server.pool === 'limited');

  const failures = [
    ...(failedOutside.length ? [`${failedOutside.length} requests failed that were not in flight at a kill`] : []),
    ...enrolmentFailures(report, kills),
    ...capacityFailures(report),
    ...(kills.length === schedule.length ? [] : [`only ${kills.length} of ${schedule.length} kills happened`]),
    ...(rateLimit.passed === LIMIT && rateLimit.other === 0
      ? []
      : [
          `rate limit: ${rateLimit.passed} requests passed before the first 429 (limit ${LIMIT}), ${rateLimit.other} other`,
        ]),
  ];

  console.log(
    `cluster load test on MariaDB: 2 gateways, 2 × 3 subgraphs, HAProxy; ${clients} clients, ${seconds} s, ${signal}`,
  );
  console.log(`  requests ${report.requests}, ${report.rps} requests/s, p50 ${report.p50} ms, p99 ${report.p99} ms`);
  console.log(
    `  5xx or no answer ${report.serverErrors}, unexpected errors ${JSON.stringify(report.unexpectedErrors)}`,
  );
  for (const k of kills)
    console.log(
      `  ${signal} ${k.name} (second instance) at ${((k.at - loadStart) / 1000).toFixed(1)} s, ` +
        `exited ${Math.round(k.exited - k.at)} ms later`,
    );
  console.log(
    `  failed requests ${report.failedRequests.length}: in flight at a kill ${failedInFlight.length}, not ${failedOutside.length}`,
  );
  for (const request of report.failedRequests) {
    const when = `${((request.begin - loadStart) / 1000).toFixed(2)}-${((request.end - loadStart) / 1000).toFixed(2)} s`;
    console.log(`    ${when} ${inFlight(request, kills) ? 'in flight' : 'NOT in flight'}: ${request.what}`);
  }
  const live = report.liveEnrolments.length;
  // A request in flight at a kill is sent again by HAProxy with its request key, and answered with the enrolment its
  // first attempt made; only a request whose client saw no answer at all leaves one "kept, unanswered".
  console.log(
    `  enrolments: ${report.enrolmentsOk} answered, ${live} live in the database ` +
      `(${live - report.enrolmentsOk} kept, unanswered, by a request in flight at a kill)`,
  );
  console.log(`  sessions: ${report.sessions.map((session) => `${session.live}/${session.capacity}`).join(' ')}`);
  console.log('  per instance (HAProxy stats: requests, retries, redispatches, status):');
  for (const server of servers) {
    console.log(
      `    ${server.server}: ${server.requests}, ${server.retries}, ${server.redispatches}, ${server.status}`,
    );
  }
  console.log(
    `  rate limit ${LIMIT}/min shared by two gateways: ${rateLimit.passed} passed, then ${rateLimit.limited} × 429` +
      ` (${limitedServers.map((server) => `${server.server} ${server.requests}`).join(', ')} requests)`,
  );
  console.log(failures.length ? `FAILED:\n  ${failures.join('\n  ')}` : 'all checks passed');
  process.exitCode = failures.length ? 1 : 0;
} catch (error) {
  console.error(error);
  process.exitCode = 1;
} finally {
  await cleanUp();
}
