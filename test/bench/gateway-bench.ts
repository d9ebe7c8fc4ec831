// `npm run bench`: Hive Gateway with the Rust planner, the same with its JavaScript planner, and @apollo/gateway,
// over the same three subgraphs and demo data, measured in one run (the machine is shared: compare the ratios).
// Bounded: BENCH_SECONDS (default 10) per gateway and query, BENCH_CONCURRENCY (default 20) clients, loopback only.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, ROOT, startStack } from '@asn/gateway/launcher/stack.mjs';
import { signIn } from '../support/sign-in.js';
import { BENCH_QUERIES } from './queries.js';
import { runLoad, type LoadResult } from './load.js';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 20);
const SECRET = 'dev-only-identity-secret-change-me';

async function waitFor(url: string, init?: RequestInit): Promise<void> {
  for (let attempt = 0; attempt < 200; attempt += 1) {
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
  const gatewayEnv = { RATE_LIMIT_PER_MINUTE: '100000000', LOG_LEVEL: 'error' };
  const stack = await startStack({
    freePorts: true,
    stdio: 'ignore',
    env: { DATA_DIR: dataDir, SEED_DEMO: 'true', LOG_LEVEL: 'error' },
    envOf: { gateway: gatewayEnv },
  });
  const children: ChildProcess[] = [];
  try {
    const { personnel, training, certification } = stack.subgraphUrls as Record<string, string>;
    const jsPort = await freePort();
    children.push(
      spawnNode('gateway/dist/main.js', [], {
        ...gatewayEnv,
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
        [String(apolloPort), personnel!, training!, certification!, SECRET],
        {},
      ),
    );
    const token = await signIn(stack.gatewayUrl, 'admin.ambon');
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
    const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}` };

    console.log(`benchmark: ${SECONDS} s per gateway and query, ${CONCURRENCY} clients, one run\n`);
    for (const [name, { query, variables }] of Object.entries(BENCH_QUERIES)) {
      const body = JSON.stringify({ query, variables });
      const answers = await Promise.all(
        // Parsed and re-serialised: @apollo/server ends its body with a newline, the others do not.
        Object.values(gateways).map(async (url) =>
          JSON.stringify(await (await fetch(url, { method: 'POST', headers, body })).json()),
        ),
      );
      const identical = answers.every((answer) => answer === answers[0]);
      const results: Record<string, LoadResult> = {};
      for (const [gateway, url] of Object.entries(gateways)) {
        await runLoad({ url, body, headers, concurrency: CONCURRENCY, seconds: 1 });
        results[gateway] = await runLoad({ url, body, headers, concurrency: CONCURRENCY, seconds: SECONDS });
      }
      const apollo = results['apollo-gateway']!.rps;
      console.log(`query ${name}: answers identical across gateways: ${identical} (${answers[0]!.length} bytes)`);
      for (const [gateway, result] of Object.entries(results)) {
        console.log(
          `  ${gateway.padEnd(15)} ${result.rps.toFixed(0).padStart(6)} req/s  p50 ${result.p50.toFixed(1).padStart(6)} ms  p99 ${result.p99
            .toFixed(1)
            .padStart(
              6,
            )} ms  errors ${result.errors}/${result.requests}  ×${(result.rps / apollo).toFixed(2)} of apollo-gateway`,
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
