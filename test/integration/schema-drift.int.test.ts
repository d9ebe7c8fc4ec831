import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

describe('schema/', () => {
  it('is what the code prints and composes, with no composition error or unaccepted hint', () => {
    // compose.js --check reprints every subgraph, recomposes, and exits 1 naming any stale file.
    const output = execFileSync(process.execPath, ['schema/dist/compose.js', '--check'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(output).toContain('schema/ is current');
  });
});
