// Column definitions every migration repeats, spelled once so SQLite and MySQL get the same schema.
import type { TableColumnOptions } from 'typeorm';

/** Auto-increment integer primary key: SQLite only allows AUTOINCREMENT on INTEGER, MySQL reads it back as int. */
export function idColumn(name = 'id'): TableColumnOptions {
  return { name, type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' };
}
