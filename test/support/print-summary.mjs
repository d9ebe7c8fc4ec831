// Prints vitest's totals as one plain line ("vitest: N passed, N failed, N skipped") for CI logs, and before it each
// failed test with the start of its message: a CI log may be shown only by its end, where a failure must be readable.
import { readFileSync } from 'node:fs';

const ARTIFACTS = new URL('../artifacts/', import.meta.url);
const readReport = (name) => JSON.parse(readFileSync(new URL(`vitest-report${name}.json`, ARTIFACTS), 'utf8'));

const files = [];
for (const name of ['-rest', '-browser']) {
  let report;
  try {
    report = readReport(name);
  } catch {
    continue;
  }
  files.push(...(report.testResults ?? []));
  for (const file of report.testResults ?? []) {
    const failed = (file.assertionResults ?? []).filter((test) => test.status === 'failed');
    // A file that failed before its tests ran (a hook, an import) has no failed test of its own.
    if (file.status === 'failed' && failed.length === 0) {
      console.log(`FAILED ${file.name}\n  ${String(file.message ?? '').slice(0, 1500)}`);
    }
    for (const test of failed) {
      console.log(`FAILED ${file.name} > ${test.fullName}`);
      for (const message of test.failureMessages ?? []) console.log(`  ${message.slice(0, 1500)}`);
    }
  }
}

// The slowest files, to keep the suite within its time.
const seconds = (file) => (file.endTime - file.startTime) / 1000;
const slowest = files.sort((a, b) => seconds(b) - seconds(a)).slice(0, 8);
console.log(
  `slowest files: ${slowest.map((file) => `${file.name.split('/').pop()} ${seconds(file).toFixed(0)} s`).join(', ')}`,
);

try {
  const report = readReport('');
  const skipped = report.numPendingTests + report.numTodoTests;
  console.log(`vitest: ${report.numPassedTests} passed, ${report.numFailedTests} failed, ${skipped} skipped`);
} catch (error) {
  console.log(`vitest: no report (${error.message})`);
}
