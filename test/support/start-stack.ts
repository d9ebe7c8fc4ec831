// The whole system on free ports for one test file: three subgraphs and the gateway, on a fresh SQLite folder or
// fresh MySQL databases, with the debug counters on.
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connectMysqlServer } from './mysql-server.js';
import type { RunningStack, StackOptions } from '@asn/launcher/stack.mjs';
import { testConfig, type DatabaseKind } from './test-config.js';

export interface TestStack extends RunningStack {
  database: DatabaseKind;
  /** The database settings the subgraphs were started with (DATA_DIR, or DATABASE_URL and DATABASE_PREFIX): a
   *  tool run against the same databases (the API key CLI, a table snapshot) takes these. */
  databaseEnv: Record<string, string>;
  /** SQL statements and GraphQL requests each subgraph has served so far. */
  stats(): Promise<Record<string, { sqlStatements: number; graphqlRequests: number }>>;
}

export interface TestStackOptions {
  database: DatabaseKind;
  seed?: boolean;
  env?: Record<string, string>;
  envOf?: StackOptions['envOf'];
  supervise?: boolean;
  /** Another set of instances on a running stack's databases (already migrated and seeded; dropped by that stack). */
  databaseEnv?: Record<string, string>;
  /** Subgraphs already running (a load balancer's pools): start only a gateway. */
  subgraphUrls?: StackOptions['subgraphUrls'];
}

const SERVICES = ['personnel', 'training', 'certification'];

async function dropMysqlDatabases(serverUrl: string, prefix: string): Promise<void> {
  const connection = await connectMysqlServer(serverUrl);
  try {
    for (const service of SERVICES) await connection.query(`DROP DATABASE IF EXISTS \`${prefix}${service}\``);
  } finally {
    await connection.end();
  }
}

/** The folder of seeded SQLite databases for a stack started with these options, when the run keeps templates
 *  (scripts/run-vitest.mjs): keyed by the options, which may set a subgraph's clock, and by the hour, since the demo
 *  is seeded relative to today in each agency's zone (whole hours from UTC). */
function sqliteTemplateDir(options: TestStackOptions): string | undefined {
  if (!testConfig.TEST_TEMPLATES || options.database !== 'sqlite' || options.databaseEnv) return undefined;
  if (!(options.seed ?? true)) return undefined;
  const key = JSON.stringify([options.env ?? {}, options.envOf ?? {}, new Date().toISOString().slice(0, 13)]);
  return join(testConfig.TEST_TEMPLATES, createHash('sha256').update(key).digest('hex').slice(0, 16));
}

/** A subgraph's database files: the WAL holds what the seed wrote until SQLite checkpoints it. */
const sqliteFiles = (service: string) => [`${service}.sqlite`, `${service}.sqlite-wal`];

function copyDatabases(from: string, to: string): void {
  for (const file of SERVICES.flatMap(sqliteFiles)) {
    if (existsSync(join(from, file))) copyFileSync(join(from, file), join(to, file));
  }
}

/** Keeps a just-started stack's databases as a template: nothing has written to them since the seed (a test has not
 *  run yet). Whole or not at all: the folder is renamed into place, and a concurrent twin's rename wins. */
function keepTemplate(dataDir: string, templateDir: string): void {
  const root = testConfig.TEST_TEMPLATES!;
  mkdirSync(root, { recursive: true });
  const partial = mkdtempSync(join(root, 'partial-'));
  copyDatabases(dataDir, partial);
  try {
    renameSync(partial, templateDir);
  } catch {
    rmSync(partial, { recursive: true, force: true });
  }
}

export async function startTestStack(options: TestStackOptions): Promise<TestStack> {
  const { startStack } = await import('@asn/launcher/stack.mjs');
  const dataDir = mkdtempSync(join(tmpdir(), 'asn-test-'));
  const prefix = `asn_t${process.pid}_${Date.now().toString(36)}_`;
  const mysqlUrl = testConfig.MYSQL_URL;
  if (options.database === 'mysql' && !mysqlUrl) throw new Error('MYSQL_URL is not set');
  const ownsDatabases = !options.databaseEnv;
  const databaseEnv: Record<string, string> =
    options.databaseEnv ??
    (options.database === 'mysql' ? { DATABASE_URL: mysqlUrl!, DATABASE_PREFIX: prefix } : { DATA_DIR: dataDir });
  // Migrating and seeding costs a stack about 2.5 CPU-seconds; a copy of the same seeded files costs nothing.
  const templateDir = sqliteTemplateDir(options);
  const fromTemplate = templateDir !== undefined && existsSync(templateDir);
  if (fromTemplate) copyDatabases(templateDir, dataDir);
  const stack = await startStack({
    freePorts: true,
    stdio: 'inherit',
    // Quiet unless a process dies on its own, then its last lines say why.
    keepLines: testConfig.TEST_LOG ? 0 : 60,
    env: {
      LOG_LEVEL: testConfig.TEST_LOG ? 'info' : 'error',
      DEBUG_STATS: 'true',
      // Test files sign in many users from one address; gateway-hygiene sets its own limit to test it.
      SIGN_IN_PER_MINUTE: '100000',
      SEED_DEMO: String(options.seed ?? ownsDatabases),
      // The daily reminder sweep runs only where a test turns it on.
      REMINDER_SWEEP: 'false',
      ...databaseEnv,
      ...options.env,
    },
    envOf: options.envOf,
    supervise: options.supervise,
    subgraphUrls: options.subgraphUrls,
  });
  if (templateDir && !fromTemplate) keepTemplate(dataDir, templateDir);
  return {
    ...stack,
    database: options.database,
    databaseEnv,
    async stats() {
      const entries = await Promise.all(
        Object.entries(stack.subgraphUrls).map(async ([name, url]) => {
          const response = await fetch(new URL('/debug/stats', url));
          return [name, (await response.json()) as { sqlStatements: number; graphqlRequests: number }] as const;
        }),
      );
      return Object.fromEntries(entries);
    },
    async stop() {
      await stack.stop();
      rmSync(dataDir, { recursive: true, force: true });
      if (options.database === 'mysql' && ownsDatabases) await dropMysqlDatabases(mysqlUrl!, prefix);
    },
  };
}
