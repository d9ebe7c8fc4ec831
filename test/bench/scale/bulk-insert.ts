// Multi-row INSERTs in chunks, one transaction per call: the generator's only way of writing, on SQLite and MariaDB.
import type { DataSource } from 'typeorm';

/** SQLite allows 32,766 bound parameters per statement, MySQL 65,535; rows per statement stay well under both. */
const MAX_PARAMETERS = 30_000;
const MAX_ROWS = 2_000;

export type Row = readonly (string | number | boolean | null)[];

export async function bulkInsert(
  dataSource: DataSource,
  table: string,
  columns: readonly string[],
  rows: readonly Row[],
): Promise<void> {
  if (rows.length === 0) return;
  const chunk = Math.min(MAX_ROWS, Math.floor(MAX_PARAMETERS / columns.length));
  const tuple = `(${columns.map(() => '?').join(', ')})`;
  // Quoted: `position` is a reserved word on MariaDB.
  const quote = (name: string) => dataSource.driver.escape(name);
  const head = `INSERT INTO ${quote(table)} (${columns.map(quote).join(', ')}) VALUES `;
  // One statement text per chunk size: better-sqlite3 and mysql2 reuse the full-size one.
  const fullStatement = head + Array.from({ length: chunk }, () => tuple).join(', ');
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.startTransaction();
    for (let start = 0; start < rows.length; start += chunk) {
      const part = rows.slice(start, start + chunk);
      const sql = part.length === chunk ? fullStatement : head + part.map(() => tuple).join(', ');
      await runner.query(sql, part.flat());
    }
    await runner.commitTransaction();
  } catch (error) {
    await runner.rollbackTransaction();
    throw error;
  } finally {
    await runner.release();
  }
}
