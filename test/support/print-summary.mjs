// Prints vitest's totals as one plain line ("vitest: N passed, N failed, N skipped") for CI logs.
import { readFileSync } from 'node:fs';

try {
  const report = JSON.parse(readFileSync(new URL('../artifacts/vitest-report.json', import.meta.url), 'utf8'));
  const skipped = report.numPendingTests + report.numTodoTests;
  console.log(`vitest: ${report.numPassedTests} passed, ${report.numFailedTests} failed, ${skipped} skipped`);
} catch (error) {
  console.log(`vitest: no report (${error.message})`);
}
