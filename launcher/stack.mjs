// Starts the three subgraphs and the gateway as child processes from their built output, waits until each is
// ready, and stops them all. Used by `npm start` and by the cross-process tests. Plain Node (no dependencies), so
// that it runs before anything is installed.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));

export const SUBGRAPHS = [
  { name: 'personnel', port: 4001 },
  { name: 'training', port: 4002 },
  { name: 'certification', port: 4003 },
];

/** V8 options every subgraph runs with. Left to itself on a machine with gigabytes free, V8 lets the old generation
 *  grow to about four times what is live before it collects (personnel, 45-55 MB live, reached 280-315 MB resident
 *  answering team matrices); with a limit under 1 GB it grows it at most about twice, so each subgraph stays under
 *  250 MB while a large unit's matrix still has room. */
export const SUBGRAPH_NODE_OPTIONS = ['--max-old-space-size=512'];

/** A port the OS reports free right now. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** The port a child reports once it listens (`process.send({ listening: port })`); it binds the port itself, so a
 *  port picked beforehand cannot be taken by another process in between (a readiness check would then have found
 *  that other process). */
function listeningPort(child, name, timeoutMs) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => finish(new Error(`${name} did not listen within ${timeoutMs} ms`)), timeoutMs);
    const onMessage = (message) => {
      if (typeof message?.listening === 'number') finish(undefined, message.listening);
    };
    const onExit = (code, signal) => finish(new Error(`${name} exited (${signal ?? code}) before it was ready`));
    function finish(error, port) {
      clearTimeout(timer);
      child.off('message', onMessage);
      child.off('exit', onExit);
      if (error) reject(error);
      else resolve(port);
    }
    child.on('message', onMessage);
    child.once('exit', onExit);
  });
}

async function waitUntilReady(url, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(1000) });
      if (response.ok) return;
    } catch {
      // not answering yet
    }
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  throw new Error(`${url} was not ready within ${timeoutMs} ms`);
}

/** SIGTERM, and SIGKILL if the child has not exited 10 s later; resolves once it has. */
function stopChild(child) {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/** Keeps a child's last `count` lines of output and prints them if it exits before the stack is stopped. */
function keepLastLines(name, child, count, isStopping) {
  const lines = [];
  const keep = (chunk) => {
    lines.push(...chunk.toString().split('\n').filter(Boolean));
    lines.splice(0, Math.max(0, lines.length - count));
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  child.once('exit', (code, signal) => {
    // A clean exit was asked for (a test stopping one process itself).
    if (isStopping() || code === 0) return;
    process.stderr.write(`\n[stack] ${name} exited (${signal ?? code}); its last output:\n${lines.join('\n')}\n`);
  });
}

/**
 * @param {object} options
 * @param {Record<string, string>} [options.env] environment for every process (DATABASE_URL, DATA_DIR, SEED_DEMO …)
 * @param {Record<string, Record<string, string>>} [options.envOf] extra environment per process name
 * @param {boolean} [options.freePorts] let each process bind a free port instead of 4000-4003
 * @param {'inherit' | 'pipe' | 'ignore'} [options.stdio] where the children's output goes
 * @param {boolean} [options.supervise] restart a child that exits on its own, with a back-off (npm start)
 * @param {number} [options.keepLines] instead of showing the children's output, keep each one's last lines and print
 *   them when it exits unexpectedly (tests: a crash is otherwise seen only as the next request's refusal)
 * @param {Record<string, string>} [options.subgraphUrls] subgraphs already running elsewhere (a load balancer's pools):
 *   start only a gateway, pointed at them
 */
export async function startStack({
  env = {},
  envOf = {},
  freePorts = false,
  stdio = 'inherit',
  readyTimeoutMs = 120_000,
  supervise = false,
  keepLines = 0,
  subgraphUrls: runningSubgraphUrls,
} = {}) {
  const children = [];
  let stopping = false;
  const restarts = new Set();
  const spawnService = (name, script, processEnv, nodeOptions) => {
    const entry = { name, child: undefined, port: undefined, readyPath: undefined, extraEnv: {}, launch: undefined };
    let failuresInARow = 0;
    const launch = () => {
      const startedAt = Date.now();
      const child = spawn(process.execPath, [...nodeOptions, script], {
        cwd: ROOT,
        // A restart listens where the first start did: the gateway has that address.
        env: {
          ...process.env,
          ...env,
          ...processEnv,
          ...envOf[name],
          ...entry.extraEnv,
          ...(entry.port && { PORT: String(entry.port) }),
        },
        stdio: ['ignore', keepLines ? 'pipe' : stdio, keepLines ? 'pipe' : stdio, 'ipc'],
      });
      entry.child = child;
      if (keepLines) keepLastLines(name, child, keepLines, () => stopping);
      if (supervise) {
        child.once('exit', (code, signal) => {
          if (stopping) return;
          // A child that ran a while had a transient failure: start again quickly. One that keeps dying at
          // start-up backs off (0.5 s, 1 s, 2 s ... 30 s) instead of spinning.
          failuresInARow = Date.now() - startedAt > 60_000 ? 0 : failuresInARow + 1;
          const delay = Math.min(30_000, 500 * 2 ** Math.max(0, failuresInARow - 1));
          console.error(`${name} stopped unexpectedly (${signal ?? code}); restarting in ${delay} ms`);
          const timer = setTimeout(() => {
            restarts.delete(timer);
            if (!stopping) launch();
          }, delay);
          restarts.add(timer);
        });
      }
    };
    entry.launch = launch;
    children.push(entry);
    launch();
    return entry;
  };
  /** Starts a process and waits until it listens and its readiness URL answers; returns its port. */
  const startService = async (name, script, processEnv, port, readyPath, nodeOptions = []) => {
    const entry = spawnService(name, script, { ...processEnv, PORT: String(freePorts ? 0 : port) }, nodeOptions);
    entry.readyPath = readyPath;
    entry.port = await listeningPort(entry.child, name, readyTimeoutMs);
    await waitUntilReady(`http://127.0.0.1:${entry.port}${readyPath}`, readyTimeoutMs);
    return entry.port;
  };
  /** Stops one process and starts it again on the same port with `extraEnv` added (a test moving one process's
   *  clock, or turning a feature on after its set-up), and waits until it is ready. */
  const restart = async (name, extraEnv = {}) => {
    const entry = children.find((candidate) => candidate.name === name);
    if (!entry) throw new Error(`no process named ${name}`);
    if (supervise) throw new Error('restart is for unsupervised stacks');
    await stopChild(entry.child);
    entry.extraEnv = extraEnv;
    entry.launch();
    await listeningPort(entry.child, name, readyTimeoutMs);
    await waitUntilReady(`http://127.0.0.1:${entry.port}${entry.readyPath}`, readyTimeoutMs);
  };
  const stop = async () => {
    stopping = true;
    for (const timer of restarts) clearTimeout(timer);
    restarts.clear();
    await Promise.all(children.map(({ child }) => stopChild(child)));
  };
  try {
    const subgraphUrls = { ...runningSubgraphUrls };
    await Promise.all(
      (runningSubgraphUrls ? [] : SUBGRAPHS).map(async ({ name, port }) => {
        const bound = await startService(
          name,
          `services/${name}/dist/main.js`,
          {},
          port,
          '/ready',
          SUBGRAPH_NODE_OPTIONS,
        );
        subgraphUrls[name] = `http://127.0.0.1:${bound}/graphql`;
      }),
    );
    const gatewayPort = await startService(
      'gateway',
      'gateway/dist/main.js',
      {
        PERSONNEL_URL: subgraphUrls.personnel,
        TRAINING_URL: subgraphUrls.training,
        CERTIFICATION_URL: subgraphUrls.certification,
      },
      4000,
      '/healthcheck',
    );
    return { gatewayUrl: `http://127.0.0.1:${gatewayPort}`, subgraphUrls, children, stop, restart };
  } catch (error) {
    await stop();
    throw error;
  }
}
