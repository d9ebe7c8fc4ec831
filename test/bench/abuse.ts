// The bounded abuse check (not part of npm test): against a stack it starts itself, on loopback,
//   1. 100,000 GraphQL requests, each with a fresh random x-api-key;
//   2. 20,000 with a valid bearer token followed by random trailing text;
// and reports the statuses, the duration and the gateway's resident memory before and after. Passes when both end
// in 429s (apart from the address's allowance of 401s per minute), nothing answers 2xx or 5xx, and the gateway's
// RSS levels off (less than 32 MB growth over the second half of the keys). Also prints the size of the team matrix answer plain, gzip and brotli.
//   node test/dist/bench/abuse.js          ABUSE_REQUESTS=100000 ABUSE_CONCURRENCY=50 change the shape
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { signIn } from '../support/sign-in.js';
import { startTestStack, type TestStack } from '../support/start-stack.js';

const REQUESTS = Number(process.env.ABUSE_REQUESTS ?? 100_000);
const CONCURRENCY = Number(process.env.ABUSE_CONCURRENCY ?? 50);
const RSS_GROWTH_LIMIT_MB = 32;

setTimeout(() => {
  console.error('abuse check did not finish within 10 minutes');
  process.exit(1);
}, 600_000).unref();

function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) / 1024;
}

async function flood(stack: TestStack, count: number, headersOf: () => Record<string, string>) {
  const statuses = new Map<number, number>();
  let sent = 0;
  const started = performance.now();
  const body = JSON.stringify({ query: '{ __typename }' });
  const client = async () => {
    while (sent < count) {
      sent += 1;
      let status = 0;
      try {
        const response = await fetch(`${stack.gatewayUrl}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...headersOf() },
          body,
        });
        await response.arrayBuffer();
        status = response.status;
      } catch {
        status = -1;
      }
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, client));
  const seconds = (performance.now() - started) / 1000;
  return { statuses: Object.fromEntries([...statuses].sort(([a], [b]) => a - b)), seconds };
}

async function matrixSizes(stack: TestStack, token: string) {
  const query = readFileSync('web/src/graphql/queries/TeamMatrix.graphql', 'utf8');
  const sizes: Record<string, number> = {};
  for (const encoding of ['identity', 'gzip', 'br']) {
    // Node's fetch decodes bodies, so the bytes on the wire are read with content-length or a raw count below.
    const response = await fetch(`${stack.gatewayUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'accept-encoding': encoding },
      body: JSON.stringify({ query, variables: { input: { unitId: '1' } } }),
    });
    const text = await response.text();
    if (text.includes('"errors"')) console.warn(`team matrix answered with errors: ${text.slice(0, 300)}`);
    sizes[encoding] = Number(response.headers.get('content-length') ?? NaN);
    if (Number.isNaN(sizes[encoding])) sizes[encoding] = await wireSize(stack, query, token, encoding);
  }
  return sizes;
}

/** The compressed size as sent: node:http does not decode, unlike fetch. */
async function wireSize(stack: TestStack, query: string, token: string, encoding: string): Promise<number> {
  const { request } = await import('node:http');
  const body = JSON.stringify({ query, variables: { input: { unitId: '1' } } });
  return new Promise((resolve, reject) => {
    const outgoing = request(
      `${stack.gatewayUrl}/graphql`,
      {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          authorization: `Bearer ${token}`,
          'accept-encoding': encoding,
        },
      },
      (response) => {
        let size = 0;
        response.on('data', (chunk: Buffer) => (size += chunk.length));
        response.on('end', () => resolve(size));
      },
    );
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}

const stack = await startTestStack({ database: 'sqlite' });
let failed = false;
try {
  const gateway = stack.children.find((entry) => entry.name === 'gateway')!.child.pid!;
  const token = await signIn(stack.gatewayUrl, 'admin.ambon');
  console.log('team matrix of unit 1, bytes on the wire:', await matrixSizes(stack, token));

  const rssBefore = rssMb(gateway);
  const randomKey = () => ({ 'x-api-key': randomBytes(24).toString('base64url') });
  // Ten rounds of a tenth each, with the RSS after each: memory must level off once the process has warmed up.
  const rounds: Awaited<ReturnType<typeof flood>>[] = [];
  const rss: number[] = [];
  for (let round = 0; round < 10; round += 1) {
    rounds.push(await flood(stack, REQUESTS / 10, randomKey));
    rss.push(rssMb(gateway));
  }
  const keys = {
    seconds: rounds.reduce((sum, round) => sum + round.seconds, 0),
    statuses: {} as Record<number, number>,
  };
  for (const round of rounds) {
    for (const [status, count] of Object.entries(round.statuses)) {
      keys.statuses[Number(status)] = (keys.statuses[Number(status)] ?? 0) + count;
    }
  }
  const trailing = await flood(stack, Math.round(REQUESTS / 5), () => ({
    authorization: `Bearer ${token} ${randomBytes(8).toString('hex')}`,
  }));
  const rssAfter = rssMb(gateway);

  console.log(`random x-api-key: ${REQUESTS} requests in ${keys.seconds.toFixed(1)} s, statuses`, keys.statuses);
  console.log(
    `bearer + trailing text: ${Math.round(REQUESTS / 5)} requests in ${trailing.seconds.toFixed(1)} s, statuses`,
    trailing.statuses,
  );
  console.log(
    `gateway RSS (MB): ${rssBefore.toFixed(0)} at start; after each tenth of the keys ${rss.map((value) => value.toFixed(0)).join(', ')}; ${rssAfter.toFixed(0)} at the end`,
  );
  // One address may cause RATE_LIMIT_PER_MINUTE (600) lookups, each a 401, per minute; everything else is a 429.
  const allowed401 = 600 * Math.ceil(keys.seconds / 60 + 1);
  const secondHalfGrowth = rss[9]! - rss[4]!;
  const statuses = [keys.statuses, trailing.statuses].flatMap((counts) => Object.keys(counts).map(Number));
  const problems = [
    ...statuses.filter((status) => status !== 401 && status !== 429).map((status) => `unexpected status ${status}`),
    ...((keys.statuses[401] ?? 0) > allowed401 ? [`more than ${allowed401} random keys were looked up`] : []),
    ...(secondHalfGrowth > RSS_GROWTH_LIMIT_MB
      ? [`gateway RSS grew by ${secondHalfGrowth.toFixed(0)} MB over the second half of the keys`]
      : []),
  ];
  console.log(problems.length ? `FAILED:\n  ${problems.join('\n  ')}` : 'all checks passed');
  failed = problems.length > 0;
} finally {
  await stack.stop();
}
process.exit(failed ? 1 : 0);
