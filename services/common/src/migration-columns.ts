// Column definitions every migration repeats, spelled once so SQLite and MySQL get the same schema.
import type { TableColumnOptions } from 'typeorm';

/** Auto-increment integer primary key: SQLite only allows AUTOINCREMENT on INTEGER, MySQL reads it back as int. */
export function idColumn(name = 'id'): TableColumnOptions {
  return { name, type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' };
}

/** Integer column. */
export function intColumn(name: string, isNullable = false): TableColumnOptions {
  return { name, type: 'integer', isNullable };
}

/** varchar column of a given length. */
export function textColumn(name: string, length: number, isNullable = false): TableColumnOptions {
  return { name, type: 'varchar', length: String(length), isNullable };
}

/** Calendar date column (YYYY-MM-DD). */
export function dateColumn(name: string, isNullable = false): TableColumnOptions {
  return { name, type: 'date', isNullable };
}
