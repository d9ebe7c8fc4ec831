// `npm run bench`: Hive Gateway with the Rust planner, the same with its JavaScript planner, and @apollo/gateway,
// over the same three subgraphs and demo data, measured in one run (the machine is shared: compare the ratios).
// Each client is a distinct administrator with its own bearer token (BENCH_IDENTITY=shared gives every client the
// same one): identical in-flight requests of one caller are merged by Hive Gateway, so a shared identity measures
// that merging more than the gateway. Every gateway verifies the token and signs the identity per subgraph fetch,
// and the subgraph fetches per client request are printed beside the throughput, with the CPU time each gateway and
// the subgraphs spent per request (read from /proc: unlike the throughput, it barely moves when the machine is
// shared). Every client asks for an uncompressed answer: @apollo/server does not compress, so compression would be
// measured on one side only. Last, one client alone: each gateway's latency over personnel answering directly.
// Bounded: BENCH_SECONDS (default 10) per gateway and query, BENCH_CONCURRENCY (default 20) clients, loopback only.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, ROOT, startStack } from '@asn/launcher/stack.mjs';
import { identityHeader } from '@asn/common';
import { SignJWT } from 'jose';
import { BENCH_QUERIES } from './queries.js';
import { runLoad, type LoadResult } from './load.js';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 20);
const SHARED_IDENTITY = process.env.BENCH_IDENTITY === 'shared';
const LATENCY_REQUESTS = Number(process.env.BENCH_LATENCY_REQUESTS ?? 200);
// The demo stack's development secrets and the gateway's default issuer and audience (gateway/src/config.ts).
const SECRET = 'dev-only-identity-secret-change-me';
const JWT_SECRET = 'dev-only-jwt-secret-change-me';

/** A bearer token for administrator number `client` of Kota Ambon, as an identity provider would issue it. */
function adminToken(client: number): Promise<string> {
  return new SignJWT({ role: 'ADMIN', agencyId: '1' })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(`bench-admin-${client}`)
    .setIssuer('asn-gateway')
    .setAudience('asn-api')
    .setIssuedAt()
    .setExpirationTime('1h')
    .sign(new TextEncoder().encode(JWT_SECRET));
}

/** GraphQL requests the three subgraphs have served so far (their /debug/stats). */
async function subgraphRequests(urls: string[]): Promise<number> {
  const counts = await Promise.all(
    urls.map(async (url) => {
      const stats = (await (await fetch(url.replace(/\/graphql$/, '/debug/stats'))).json()) as {
        graphqlRequests: number;
      };
      return stats.graphqlRequests;
    }),
  );
  return counts.reduce((sum, count) => sum + count, 0);
}

/** CPU time (user + system) a process has used so far, in ms; 0 where /proc is not there. */
function cpuMs(pid: number | undefined): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    // utime and stime, fields 14 and 15 of stat(5), in clock ticks of 10 ms.
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return 0;
  }
}

async function waitFor(url: string, init?: RequestInit): Promise<void> {
  for (let attempt = 0; attempt < 900; attempt += 1) {
    try {
      if ((await fetch(url, init)).status < 500) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${url} did not come up`);
}

function spawnNode(script: string, args: string[], env: Record<string, string>): ChildProcess {
  return spawn(process.execPath, [script, ...args], { cwd: ROOT, env: { ...process.env, ...env }, stdio: 'ignore' });
}

interface Measured extends LoadResult {
  fetchesPerRequest: number;
  gatewayCpuMs: number;
  subgraphsCpuMs: number;
}

/** One request's latency in ms; throws on a failed answer (a fast error would flatter the figure). */
async function timed(url: string, body: string, headers: Record<string, string>): Promise<number> {
  const started = performance.now();
  const response = await fetch(url, { method: 'POST', headers, body });
  const text = await response.text();
  if (response.status !== 200 || text.includes('"errors"')) throw new Error(`${url} answered ${response.status}`);
  return performance.now() - started;
}

function median(values: number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
}

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'asn-bench-'));
  // No reminder sweep: it would write while the benchmark measures.
  const gatewayEnv = { RATE_LIMIT_PER_MINUTE: '100000000', LOG_LEVEL: 'error', REMINDER_SWEEP: 'false' };
  const stack = await startStack({
    freePorts: true,
    stdio: 'ignore',
    env: { DATA_DIR: dataDir, SEED_DEMO: 'true', LOG_LEVEL: 'error', NODE_ENV: 'production', DEBUG_STATS: 'true' },
    envOf: { gateway: gatewayEnv },
  });
  const children: ChildProcess[] = [];
  try {
    const { personnel, training, certification } = stack.subgraphUrls as Record<string, string>;
    const pidOf = (name: string) => stack.children.find((entry) => entry.name === name)?.child?.pid;
    const subgraphPids = ['personnel', 'training', 'certification'].map(pidOf);
    const jsPort = await freePort();
    const hiveJs = spawnNode('gateway/dist/main.js', [], {
      ...gatewayEnv,
      NODE_ENV: 'production',
      PORT: String(jsPort),
      QUERY_PLANNER: 'js',
      PERSONNEL_URL: personnel!,
      TRAINING_URL: training!,
      CERTIFICATION_URL: certification!,
    });
    const apolloPort = await freePort();
    const apollo = spawnNode(
      'test/dist/bench/apollo-gateway.js',
      [String(apolloPort), personnel!, training!, certification!, SECRET, JWT_SECRET],
      { NODE_ENV: 'production' },
    );
    children.push(hiveJs, apollo);
    const tokens = await Promise.all(Array.from({ length: CONCURRENCY }, (_, client) => adminToken(client)));
    const gateways = {
      'hive-rust': { url: `${stack.gatewayUrl}/graphql`, pid: pidOf('gateway') },
      'hive-js': { url: `http://127.0.0.1:${jsPort}/graphql`, pid: hiveJs.pid },
      'apollo-gateway': { url: `http://127.0.0.1:${apolloPort}/graphql`, pid: apollo.pid },
    };
    await waitFor(`http://127.0.0.1:${jsPort}/healthcheck`);
    await waitFor(gateways['apollo-gateway'].url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query":"{__typename}"}',
    });
    const headersOf = (client: number) => ({
      'content-type': 'application/json',
      'accept-encoding': 'identity',
      authorization: `Bearer ${tokens[SHARED_IDENTITY ? 0 : client]!}`,
    });
    const headers = headersOf(0);
    const subgraphs = [personnel!, training!, certification!];
    const subgraphsCpu = () => subgraphPids.map(cpuMs).reduce((sum: number, ms: number) => sum + ms, 0);

    console.log(
      `benchmark: ${SECONDS} s per gateway and query, ${CONCURRENCY} clients, ` +
        `${SHARED_IDENTITY ? 'one identity shared by all' : 'a distinct identity per client'}, one run\n`,
    );
    for (const [name, { query, variables }] of Object.entries(BENCH_QUERIES)) {
      const body = JSON.stringify({ query, variables });
      const answers = await Promise.all(
        // Parsed and re-serialised: @apollo/server ends its body with a newline, the others do not.
        Object.values(gateways).map(async ({ url }) =>
          JSON.stringify(await (await fetch(url, { method: 'POST', headers, body })).json()),
        ),
      );
      const identical = answers.every((answer) => answer === answers[0]);
      const results: Record<string, Measured> = {};
      for (const [gateway, { url, pid }] of Object.entries(gateways)) {
        await runLoad({ url, body, headers: headersOf, concurrency: CONCURRENCY, seconds: 1 });
        const before = { fetches: await subgraphRequests(subgraphs), gateway: cpuMs(pid), subgraphs: subgraphsCpu() };
        const result = await runLoad({ url, body, headers: headersOf, concurrency: CONCURRENCY, seconds: SECONDS });
        const requests = Math.max(1, result.requests);
        results[gateway] = {
          ...result,
          fetchesPerRequest: ((await subgraphRequests(subgraphs)) - before.fetches) / requests,
          gatewayCpuMs: (cpuMs(pid) - before.gateway) / requests,
          subgraphsCpuMs: (subgraphsCpu() - before.subgraphs) / requests,
        };
      }
      const apolloResult = results['apollo-gateway']!;
      console.log(`query ${name}: answers identical across gateways: ${identical} (${answers[0]!.length} bytes)`);
      for (const [gateway, result] of Object.entries(results)) {
        console.log(
          `  ${gateway.padEnd(15)} ${result.rps.toFixed(0).padStart(6)} req/s (×${(result.rps / apolloResult.rps).toFixed(2)})` +
            `  p50 ${result.p50.toFixed(1).padStart(6)} ms  p99 ${result.p99.toFixed(1).padStart(6)} ms` +
            `  errors ${result.errors}/${result.requests}  subgraph fetches/request ${result.fetchesPerRequest.toFixed(2)}` +
            `  CPU ms/request: gateway ${result.gatewayCpuMs.toFixed(2)} (×${(result.gatewayCpuMs / apolloResult.gatewayCpuMs).toFixed(2)}),` +
            ` subgraphs ${result.subgraphsCpuMs.toFixed(2)}`,
        );
      }
      console.log('');
    }

    // One client alone, requests to personnel directly (signed as a gateway signs them) and through the gateway taken in
    // turn, so both see the same moments of a shared machine.
    const { query, variables } = BENCH_QUERIES['one-subgraph (100 employees)']!;
    const body = JSON.stringify({ query, variables });
    const identity = { kind: 'user', userId: 'bench-admin-0', role: 'ADMIN', agencyId: '1' } as const;
    const direct = async () =>
      timed(personnel!, body, {
        ...headers,
        ...(await identityHeader(identity, SECRET, { audience: 'personnel', search: '', body })),
      });
    console.log(`one client alone, ${LATENCY_REQUESTS} requests each way, one-subgraph query (median latency):`);
    for (const [gateway, { url }] of Object.entries(gateways)) {
      const directMs: number[] = [];
      const gatewayMs: number[] = [];
      for (let i = 0; i < LATENCY_REQUESTS + 20; i += 1) {
        const directly = await direct();
        const through = await timed(url, body, headers);
        // The first 20 of each warm up connections and caches.
        if (i < 20) continue;
        directMs.push(directly);
        gatewayMs.push(through);
      }
      const [d, g] = [median(directMs), median(gatewayMs)];
      console.log(
        `  ${gateway.padEnd(15)} ${g.toFixed(2).padStart(7)} ms  personnel directly ${d.toFixed(2).padStart(7)} ms  ×${(g / d).toFixed(2)}`,
      );
    }
  } finally {
    for (const child of children) child.kill('SIGTERM');
    await stack.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
