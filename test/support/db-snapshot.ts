// Every row of every table of the three subgraphs' databases (the audit log aside), read straight from the database
// a test stack uses, so a test can show that a refused or failed request wrote nothing anywhere.
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { connectMysqlServer } from './mysql-server.js';

/** `service.table` -> its rows, each serialized, sorted. */
export type DatabaseSnapshot = Map<string, string[]>;

const SERVICES = ['personnel', 'training', 'certification'] as const;
/** The audit log records refusals by design; sqlite_* tables are SQLite's own bookkeeping. */
const IGNORED = (table: string) => table === 'audit_log' || table.startsWith('sqlite_');

/** The part of better-sqlite3 used here (the package ships no types, and the test package has no @types for it). */
interface SqliteDatabase {
  prepare(sql: string): { all(): Record<string, unknown>[] };
  close(): void;
}
type SqliteConstructor = new (path: string, options: { readonly: boolean; fileMustExist: boolean }) => SqliteDatabase;

const serialize = (row: Record<string, unknown>) =>
  JSON.stringify(row, (_key, value: unknown) => (value instanceof Date ? value.toISOString() : value));

function readSqlite(dataDir: string, snapshot: DatabaseSnapshot): void {
  const Database = createRequire(import.meta.url)('better-sqlite3') as SqliteConstructor;
  for (const service of SERVICES) {
    const db = new Database(join(dataDir, `${service}.sqlite`), { readonly: true, fileMustExist: true });
    try {
      const tables = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`).all();
      for (const { name } of tables as { name: string }[]) {
        if (IGNORED(name)) continue;
        snapshot.set(`${service}.${name}`, db.prepare(`SELECT * FROM "${name}"`).all().map(serialize).sort());
      }
    } finally {
      db.close();
    }
  }
}

async function readMysql(serverUrl: string, prefix: string, snapshot: DatabaseSnapshot): Promise<void> {
  const connection = await connectMysqlServer(serverUrl);
  try {
    for (const service of SERVICES) {
      const database = `${prefix}${service}`;
      const [tables] = await connection.query(
        'SELECT table_name AS name FROM information_schema.tables WHERE table_schema = ? ORDER BY table_name',
        [database],
      );
      for (const { name } of tables as { name: string }[]) {
        if (IGNORED(name)) continue;
        const [rows] = await connection.query(`SELECT * FROM \`${database}\`.\`${name}\``);
        snapshot.set(`${service}.${name}`, (rows as Record<string, unknown>[]).map(serialize).sort());
      }
    }
  } finally {
    await connection.end();
  }
}

/** Reads the databases named by a stack's `databaseEnv` (DATA_DIR, or DATABASE_URL with DATABASE_PREFIX). */
export async function snapshotDatabases(databaseEnv: Record<string, string>): Promise<DatabaseSnapshot> {
  const snapshot: DatabaseSnapshot = new Map();
  if (databaseEnv.DATABASE_URL) await readMysql(databaseEnv.DATABASE_URL, databaseEnv.DATABASE_PREFIX ?? '', snapshot);
  else readSqlite(databaseEnv.DATA_DIR!, snapshot);
  return snapshot;
}

/** What differs between two snapshots, one line per table ("training.enrolment: +1 -0 rows"); empty when equal. */
export function diffSnapshots(before: DatabaseSnapshot, after: DatabaseSnapshot): string[] {
  const changes: string[] = [];
  for (const table of new Set([...before.keys(), ...after.keys()])) {
    const old = new Set(before.get(table) ?? []);
    const now = new Set(after.get(table) ?? []);
    const added = [...now].filter((row) => !old.has(row));
    const removed = [...old].filter((row) => !now.has(row));
    if (added.length || removed.length) {
      changes.push(
        `${table}: +${added.length} -${removed.length} rows${added[0] ? `, e.g. ${added[0].slice(0, 160)}` : ''}`,
      );
    }
  }
  return changes;
}
