// `npm start`: installs what is missing, builds, then runs the subgraphs (migrated, demo data seeded) and the
// gateway with the web app on http://localhost:4000. A process that dies is restarted (with a back-off); Ctrl-C stops
// every process it started.
import { execSync } from 'node:child_process';
import { ensureInstalled, ROOT } from '../scripts/ensure-installed.mjs';

const run = (command) => execSync(command, { cwd: ROOT, stdio: 'inherit' });
const started = Date.now();

ensureInstalled();
console.log('Building ...');
run('npm run build --silent');

// Imported only now: the build above is what it starts.
const { startStack } = await import('./stack.mjs');
// Production mode: graphql-js and Apollo skip their development-time checks (15% of a large matrix answer).
const stack = await startStack({
  env: { NODE_ENV: 'production', SEED_DEMO: 'true', LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn' },
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
