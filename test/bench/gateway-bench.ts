// `npm run bench`: Hive Gateway with the Rust planner, the same with its JavaScript planner, and @apollo/gateway,
// over the same three subgraphs and demo data, measured in one run (the machine is shared: compare the ratios).
// Each client is a distinct administrator with its own bearer token (BENCH_IDENTITY=shared gives every client the
// same one): identical in-flight requests of one caller are merged by Hive Gateway, so a shared identity measures
// that merging more than the gateway. Every gateway verifies the token and signs the identity per subgraph fetch,
// and the subgraph fetches per client request are printed beside the throughput.
// Bounded: BENCH_SECONDS (default 10) per gateway and query, BENCH_CONCURRENCY (default 20) clients, loopback only.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, ROOT, startStack } from '@asn/launcher/stack.mjs';
import { SignJWT } from 'jose';
import { BENCH_QUERIES } from './queries.js';
import { runLoad, type LoadResult } from './load.js';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 20);
const SHARED_IDENTITY = process.env.BENCH_IDENTITY === 'shared';
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
    const jsPort = await freePort();
    children.push(
      spawnNode('gateway/dist/main.js', [], {
        ...gatewayEnv,
        NODE_ENV: 'production',
        PORT: String(jsPort),
        QUERY_PLANNER: 'js',
        PERSONNEL_URL: personnel!,
        TRAINING_URL: training!,
        CERTIFICATION_URL: certification!,
      }),
    );
    const apolloPort = await freePort();
    children.push(
      spawnNode(
        'test/dist/bench/apollo-gateway.js',
        [String(apolloPort), personnel!, training!, certification!, SECRET, JWT_SECRET],
        { NODE_ENV: 'production' },
      ),
    );
    const tokens = await Promise.all(Array.from({ length: CONCURRENCY }, (_, client) => adminToken(client)));
    const gateways = {
      'hive-rust': `${stack.gatewayUrl}/graphql`,
      'hive-js': `http://127.0.0.1:${jsPort}/graphql`,
      'apollo-gateway': `http://127.0.0.1:${apolloPort}/graphql`,
    };
    await waitFor(`http://127.0.0.1:${jsPort}/healthcheck`);
    await waitFor(gateways['apollo-gateway'], {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query":"{__typename}"}',
    });
    const headersOf = (client: number) => ({
      'content-type': 'application/json',
      authorization: `Bearer ${tokens[SHARED_IDENTITY ? 0 : client]!}`,
    });
    const headers = headersOf(0);
    const subgraphs = [personnel!, training!, certification!];

    console.log(
      `benchmark: ${SECONDS} s per gateway and query, ${CONCURRENCY} clients, ` +
        `${SHARED_IDENTITY ? 'one identity shared by all' : 'a distinct identity per client'}, one run\n`,
    );
    for (const [name, { query, variables }] of Object.entries(BENCH_QUERIES)) {
      const body = JSON.stringify({ query, variables });
      const answers = await Promise.all(
        // Parsed and re-serialised: @apollo/server ends its body with a newline, the others do not.
        Object.values(gateways).map(async (url) =>
          JSON.stringify(await (await fetch(url, { method: 'POST', headers, body })).json()),
        ),
      );
      const identical = answers.every((answer) => answer === answers[0]);
      const results: Record<string, LoadResult & { fetchesPerRequest: number }> = {};
      for (const [gateway, url] of Object.entries(gateways)) {
        await runLoad({ url, body, headers: headersOf, concurrency: CONCURRENCY, seconds: 1 });
        const before = await subgraphRequests(subgraphs);
        const result = await runLoad({ url, body, headers: headersOf, concurrency: CONCURRENCY, seconds: SECONDS });
        const fetches = (await subgraphRequests(subgraphs)) - before;
        results[gateway] = { ...result, fetchesPerRequest: fetches / Math.max(1, result.requests) };
      }
      const apollo = results['apollo-gateway']!.rps;
      console.log(`query ${name}: answers identical across gateways: ${identical} (${answers[0]!.length} bytes)`);
      for (const [gateway, result] of Object.entries(results)) {
        console.log(
          `  ${gateway.padEnd(15)} ${result.rps.toFixed(0).padStart(6)} req/s  p50 ${result.p50.toFixed(1).padStart(6)} ms  p99 ${result.p99
            .toFixed(1)
            .padStart(
              6,
            )} ms  errors ${result.errors}/${result.requests}  subgraph fetches/request ${result.fetchesPerRequest.toFixed(
            2,
          )}  ×${(result.rps / apollo).toFixed(2)} of apollo-gateway`,
        );
      }
      console.log('');
    }
  } finally {
    for (const child of children) child.kill('SIGTERM');
    await stack.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
