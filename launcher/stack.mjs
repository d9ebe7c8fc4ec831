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

async function waitUntilReady(url, child, name, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${name} exited with code ${child.exitCode} before it was ready`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(1000) });
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  throw new Error(`${name} was not ready at ${url} within ${timeoutMs} ms`);
}

/**
 * @param {object} options
 * @param {Record<string, string>} [options.env] environment for every process (DATABASE_URL, DATA_DIR, SEED_DEMO …)
 * @param {Record<string, Record<string, string>>} [options.envOf] extra environment per process name
 * @param {boolean} [options.freePorts] pick free ports instead of 4000-4003
 * @param {'inherit' | 'pipe' | 'ignore'} [options.stdio] where the children's output goes
 * @param {boolean} [options.supervise] restart a child that exits on its own, with a back-off (npm start)
 */
export async function startStack({
  env = {},
  envOf = {},
  freePorts = false,
  stdio = 'inherit',
  readyTimeoutMs = 120_000,
  supervise = false,
} = {}) {
  const children = [];
  let stopping = false;
  const restarts = new Set();
  const spawnService = (name, script, processEnv) => {
    const entry = { name, child: undefined };
    let failuresInARow = 0;
    const launch = () => {
      const startedAt = Date.now();
      const child = spawn(process.execPath, [script], {
        cwd: ROOT,
        env: { ...process.env, ...env, ...processEnv, ...envOf[name] },
        stdio: ['ignore', stdio, stdio],
      });
      entry.child = child;
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
      return child;
    };
    children.push(entry);
    return launch();
  };
  const stop = async () => {
    stopping = true;
    for (const timer of restarts) clearTimeout(timer);
    restarts.clear();
    await Promise.all(
      children.map(
        ({ child }) =>
          new Promise((resolve) => {
            if (child.exitCode !== null || child.signalCode !== null) return resolve();
            const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
            child.once('exit', () => {
              clearTimeout(timer);
              resolve();
            });
            child.kill('SIGTERM');
          }),
      ),
    );
  };
  try {
    const subgraphUrls = {};
    await Promise.all(
      SUBGRAPHS.map(async ({ name, port }) => {
        const chosen = freePorts ? await freePort() : port;
        const child = spawnService(name, `services/${name}/dist/main.js`, { PORT: String(chosen) });
        subgraphUrls[name] = `http://127.0.0.1:${chosen}/graphql`;
        await waitUntilReady(`http://127.0.0.1:${chosen}/ready`, child, name, readyTimeoutMs);
      }),
    );
    const gatewayPort = freePorts ? await freePort() : 4000;
    const gateway = spawnService('gateway', 'gateway/dist/main.js', {
      PORT: String(gatewayPort),
      PERSONNEL_URL: subgraphUrls.personnel,
      TRAINING_URL: subgraphUrls.training,
      CERTIFICATION_URL: subgraphUrls.certification,
    });
    await waitUntilReady(`http://127.0.0.1:${gatewayPort}/healthcheck`, gateway, 'gateway', readyTimeoutMs);
    return { gatewayUrl: `http://127.0.0.1:${gatewayPort}`, subgraphUrls, children, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
