// Runs the whole vitest suite as two processes at once: the browser files (one at a time, one stack and one chromium
// each) beside everything else (two files at a time). A browser file keeps well under one core busy (it mostly waits
// on a page), so running it alone after the rest left a core idle for a third of the suite.
// The browser run's output is kept and printed when both are done, so the log reads as two blocks, not interleaved.
import { Buffer } from 'node:buffer';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const ARTIFACTS = `${ROOT}test/artifacts/`;
const VITEST = `${ROOT}node_modules/vitest/vitest.mjs`;
const extraArgs = process.argv.slice(2);
const children = [];
// Seeded SQLite databases both runs copy instead of seeding each stack anew (test/support/start-stack.ts).
const templates = mkdtempSync(join(tmpdir(), 'asn-test-templates-'));

function run(name, projectArgs, { buffered }) {
  const args = [
    VITEST,
    'run',
    '--passWithNoTests',
    ...projectArgs,
    `--outputFile.json=test/artifacts/vitest-report-${name}.json`,
    ...extraArgs,
  ];
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { ...process.env, TEST_TEMPLATES: templates },
    stdio: ['ignore', buffered ? 'pipe' : 'inherit', buffered ? 'pipe' : 'inherit'],
  });
  children.push(child);
  const chunks = [];
  if (buffered) {
    child.stdout.on('data', (chunk) => chunks.push(chunk));
    child.stderr.on('data', (chunk) => chunks.push(chunk));
  }
  return new Promise((resolve) => {
    child.on('exit', (code, signal) =>
      resolve({ name, code: code ?? (signal ? 1 : 0), output: Buffer.concat(chunks) }),
    );
  });
}

mkdirSync(ARTIFACTS, { recursive: true });
// A stop (Ctrl-C, a CI timeout) reaches both runs, which stop their stacks; exiting at once would orphan them.
const stopChildren = (signal) => {
  for (const child of children) child.kill(signal);
};
process.on('SIGINT', stopChildren);
process.on('SIGTERM', stopChildren);

const [rest, browser] = await Promise.all([
  run('rest', ['--project', '!browser'], { buffered: false }),
  run('browser', ['--project', 'browser'], { buffered: true }),
]);
rmSync(templates, { recursive: true, force: true });
process.stdout.write(`\n==> browser tests (ran beside the others)\n`);
process.stdout.write(browser.output);
writeFileSync(`${ARTIFACTS}browser-output.log`, browser.output);

// One report for the CI summary line, as if one run had made it.
const reports = [rest, browser].map(({ name }) => {
  try {
    return JSON.parse(readFileSync(`${ARTIFACTS}vitest-report-${name}.json`, 'utf8'));
  } catch {
    return undefined;
  }
});
const total = (key) => reports.reduce((sum, report) => sum + (report?.[key] ?? 0), 0);
writeFileSync(
  `${ARTIFACTS}vitest-report.json`,
  JSON.stringify({
    numPassedTests: total('numPassedTests'),
    numFailedTests: total('numFailedTests'),
    numPendingTests: total('numPendingTests'),
    numTodoTests: total('numTodoTests'),
  }),
);
process.exit(rest.code || browser.code);
