// `npm start`: installs what is missing, builds, then runs the subgraphs (migrated, demo data seeded) and the
// gateway with the web app on http://localhost:4000. A process that dies is restarted (with a back-off); Ctrl-C stops
// every process it started.
import { execSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './stack.mjs';

const run = (command) => execSync(command, { cwd: ROOT, stdio: 'inherit' });
const started = Date.now();

const lock = join(ROOT, 'package-lock.json');
const installed = join(ROOT, 'node_modules', '.package-lock.json');
if (!existsSync(installed) || statSync(installed).mtimeMs < statSync(lock).mtimeMs) {
  console.log('Installing dependencies (npm ci) ...');
  run('npm ci --no-audit --no-fund');
}
console.log('Building ...');
run('npm run build --silent');

// Imported only now: the build above is what it starts.
const { startStack } = await import('./stack.mjs');
const stack = await startStack({
  env: { SEED_DEMO: 'true', LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn' },
  supervise: true,
});
console.log(`\nASN competency graph is running (${((Date.now() - started) / 1000).toFixed(1)} s):`);
console.log('  web app:   http://localhost:4000/');
console.log('  GraphQL:   http://localhost:4000/graphql');
console.log('Press Ctrl-C to stop.\n');

let stopping = false;
const shutdown = async () => {
  if (stopping) return;
  stopping = true;
  console.log('\nStopping ...');
  await stack.stop();
  process.exit(0);
};
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
