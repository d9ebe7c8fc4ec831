// Every row of every table of the three subgraphs' databases (the audit log aside), read straight from the database
// a test stack uses, so a test can show that a refused or failed request wrote nothing anywhere. A snapshot is taken
// twice per refused mutation in the authorization table, so it is made cheap: the database serializes each row to
// JSON itself (a JavaScript object per row was most of that file's time), and what has not changed since the last
// snapshot is not read again: a SQLite database no connection has written since (its data_version), a MySQL table
// whose CHECKSUM TABLE is the same.
import { statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Connection } from 'mysql2/promise';
import { connectMysqlServer } from './mysql-server.js';

/** `service.table` -> its rows, each a JSON object of its columns, sorted. */
export type DatabaseSnapshot = Map<string, string[]>;

const SERVICES = ['personnel', 'training', 'certification'] as const;
/** The audit log records refusals by design; sqlite_* tables are SQLite's own bookkeeping. */
const IGNORED = (table: string) => table === 'audit_log' || table.startsWith('sqlite_');

/** The part of better-sqlite3 used here (the package ships no types, and the test package has no @types for it). */
interface SqliteStatement {
  pluck(): SqliteStatement;
  all(...parameters: unknown[]): unknown[];
  get(): unknown;
}
interface SqliteDatabase {
  prepare(sql: string): SqliteStatement;
}
type SqliteConstructor = new (path: string, options: { readonly: boolean; fileMustExist: boolean }) => SqliteDatabase;

/** `JSON_OBJECT('a', a, 'b', b)` (both databases spell it so) over a table's columns, quoted with `quote`. */
const jsonObject = (columns: string[], quote: (name: string) => string) =>
  `JSON_OBJECT(${columns.map((column) => `'${column}', ${quote(column)}`).join(', ')})`;

/** One read-only connection per database file (a new file at the same path gets a new one), with what it read last. */
const sqliteReaders = new Map<
  string,
  { db: SqliteDatabase; inode: number; version?: number; tables?: [string, string[]][] }
>();

/** The tables of one SQLite database; those read last time when nothing has been written since. */
function readSqliteDatabase(path: string): [string, string[]][] {
  const inode = statSync(path).ino;
  let reader = sqliteReaders.get(path);
  if (reader?.inode !== inode) {
    const Database = createRequire(import.meta.url)('better-sqlite3') as SqliteConstructor;
    reader = { db: new Database(path, { readonly: true, fileMustExist: true }), inode };
    sqliteReaders.set(path, reader);
  }
  const { db } = reader;
  // Changes whenever another connection commits to the file.
  const version = db.prepare('PRAGMA data_version').pluck().get() as number;
  if (reader.tables && reader.version === version) return reader.tables;
  const names = db
    .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`)
    .pluck()
    .all() as string[];
  reader.tables = names
    .filter((name) => !IGNORED(name))
    .map((name) => {
      const columns = db.prepare('SELECT name FROM pragma_table_info(?) ORDER BY cid').pluck().all(name) as string[];
      const rows = db
        .prepare(`SELECT ${jsonObject(columns, (column) => `"${column}"`)} FROM "${name}"`)
        .pluck()
        .all() as string[];
      return [name, rows.sort()];
    });
  reader.version = version;
  return reader.tables;
}

function readSqlite(dataDir: string, snapshot: DatabaseSnapshot): void {
  for (const service of SERVICES) {
    for (const [name, rows] of readSqliteDatabase(join(dataDir, `${service}.sqlite`))) {
      snapshot.set(`${service}.${name}`, rows);
    }
  }
}

/** What was last read of each MySQL table (`server database.table`): its rows and their checksum. */
const mysqlReads = new Map<string, { checksum: number | null; rows: string[] }>();
/** A MySQL table as `service.table`, its qualified name, and the JSON object of a row. */
interface MysqlTable {
  key: string;
  from: string;
  row: string;
}
/** The tables of each stack's databases (`server prefix`): the schema does not change under a test. */
const mysqlSchemas = new Map<string, MysqlTable[]>();

async function mysqlTables(connection: Connection, serverUrl: string, prefix: string): Promise<MysqlTable[]> {
  const known = mysqlSchemas.get(`${serverUrl} ${prefix}`);
  if (known?.length) return known;
  const [columns] = await connection.query(
    `SELECT table_schema AS db, table_name AS name, column_name AS \`column\` FROM information_schema.columns
     WHERE table_schema IN (?) ORDER BY table_schema, table_name, ordinal_position`,
    [SERVICES.map((service) => `${prefix}${service}`)],
  );
  const tables = new Map<string, MysqlTable>();
  for (const { db, name, column } of columns as { db: string; name: string; column: string }[]) {
    if (IGNORED(name)) continue;
    const key = `${db.slice(prefix.length)}.${name}`;
    const table = tables.get(key) ?? { key, from: `\`${db}\`.\`${name}\``, row: '' };
    table.row += `${table.row ? ', ' : ''}'${column}', \`${column}\``;
    tables.set(key, table);
  }
  const read = [...tables.values()].map((table) => ({ ...table, row: `JSON_OBJECT(${table.row})` }));
  mysqlSchemas.set(`${serverUrl} ${prefix}`, read);
  return read;
}

async function readMysql(serverUrl: string, prefix: string, snapshot: DatabaseSnapshot): Promise<void> {
  const connection = await connectMysqlServer(serverUrl);
  try {
    const tables = await mysqlTables(connection, serverUrl, prefix);
    if (tables.length === 0) return;
    // The server's own checksum of every table in one statement (a few ms for all of them, where hashing each
    // table's rows as JSON took ten times that); only the tables whose checksum changed send their rows. The test
    // waits for each response before it looks, so nothing writes between the two reads.
    const [sums] = await connection.query(`CHECKSUM TABLE ${tables.map(({ from }) => from).join(', ')}`);
    const checksumOf = new Map(
      (sums as { Table: string; Checksum: number | null }[]).map(({ Table, Checksum }) => [Table, Checksum]),
    );
    const cacheKey = (key: string) => `${serverUrl} ${prefix}${key}`;
    const changed = tables
      .map((table) => ({ ...table, checksum: checksumOf.get(`${prefix}${table.key}`) ?? null }))
      .filter(({ key, checksum }) => mysqlReads.get(cacheKey(key))?.checksum !== checksum);
    if (changed.length) {
      const [rows] = await connection.query({
        sql: changed
          .map(({ key, from, row }) => `SELECT '${key}', CAST(${row} AS CHAR) FROM ${from}`)
          .join(' UNION ALL '),
        rowsAsArray: true,
      });
      const read = new Map(changed.map(({ key, checksum }) => [key, { checksum, rows: [] as string[] }]));
      for (const [key, row] of rows as [string, string][]) read.get(key)!.rows.push(row);
      for (const [key, entry] of read) mysqlReads.set(cacheKey(key), { ...entry, rows: entry.rows.sort() });
    }
    for (const { key } of tables) snapshot.set(key, mysqlReads.get(cacheKey(key))!.rows);
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
