// One vitest run for the whole repository: unit tests beside the code, cross-process tests under test/.
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);
const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

const unit = (name: string, root: string) => ({
  extends: true as const,
  test: { name, root, include: ['src/**/*.test.ts'] },
});

export default defineConfig({
  // Test files are outside the build tsconfigs, so say here what those say: legacy decorators with metadata
  // (type-graphql and TypeORM read it).
  oxc: { decorator: { legacy: true, emitDecoratorMetadata: true } },
  resolve: {
    alias: [
      // graphql 16 ships CJS and ESM copies; Apollo loads the CJS one, so tests must too (one realm).
      { find: /^graphql$/, replacement: require.resolve('graphql/index.js') },
      // Tests run @asn/common from source, so a unit test never needs a build first.
      { find: /^@asn\/common$/, replacement: here('./services/common/src/index.ts') },
      { find: /^@asn\/common\/testing$/, replacement: here('./services/common/src/testing/index.ts') },
      // The light entry points the gateway imports (no TypeORM, no Apollo Server behind them).
      ...[
        ['identity', 'auth-context'],
        ['config', 'config'],
        ['secrets', 'secrets'],
        ['logger', 'logger'],
      ].map(([entry, file]) => ({
        find: new RegExp(`^@asn/common/${entry}$`),
        replacement: here(`./services/common/src/${file}.ts`),
      })),
      ...['personnel', 'training', 'certification'].map((name) => ({
        find: new RegExp(`^@asn/${name}$`),
        replacement: here(`./services/${name}/src/subgraph.ts`),
      })),
    ],
  },
  test: {
    // Unit files, and integration files beside them, two at a time (the default would be one on two cores).
    maxWorkers: 2,
    // A poll waits for what a page or a stack does next; vitest's default (1 s) fails on a loaded machine.
    expect: { poll: { timeout: 15_000 } },
    // The JSON report feeds the one-line summary .ci/run prints ("N passed, N failed").
    reporters: ['default', 'json'],
    outputFile: { json: 'test/artifacts/vitest-report.json' },
    projects: [
      unit('common', 'services/common'),
      unit('personnel', 'services/personnel'),
      unit('training', 'services/training'),
      unit('certification', 'services/certification'),
      unit('gateway', 'gateway'),
      { extends: true, test: { name: 'web', root: 'web', include: ['src/**/*.test.ts'], environment: 'happy-dom' } },
      {
        extends: true,
        test: {
          name: 'integration',
          root: 'test',
          include: ['integration/**/*.int.test.ts'],
          // Two files at once, each with its own stack (free ports, its own temporary folder or database prefix): a
          // file spends most of its time waiting on a request that crosses the gateway and a subgraph, so two of them
          // keep the two cores busy where one leaves one idle.
          maxWorkers: 2,
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          root: 'test',
          include: ['browser/**/*.browser.test.ts'],
          // One stack per file and one chromium for all (browser-stack.ts), one file at a time: a page waits for what
          // it shows within short timeouts, which a second chromium on two cores would make flaky. `npm test` runs
          // this project in a process of its own beside the others (scripts/run-vitest.mjs); a single `vitest run`
          // runs it after them.
          fileParallelism: false,
          // The files run in one worker, one after another, without loading playwright and the helpers anew for each:
          // a browser file holds no state but its own stack and its contexts, which it stops and closes.
          isolate: false,
          sequence: { groupOrder: 1 },
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
