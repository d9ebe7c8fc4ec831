// Inserts rows in chunks, as copies. TypeORM merges what the driver reports back after an INSERT (ids, defaults) into
// the objects it was given, and each driver reports differently: SQLite numbers a batch's rows from the last rowid
// down, whatever ids they carried. A caller that reads its rows afterwards would compute from the driver, not from its
// own values (docs/architecture.md §13, "Demo data").
import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity.js';

/** Rows per INSERT that SQLite's bound-variable limit takes for the widest seeded table. */
const CHUNK = 400;

export async function insertRows<T extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  rows: readonly QueryDeepPartialEntity<T>[],
  chunk = CHUNK,
): Promise<void> {
  for (let start = 0; start < rows.length; start += chunk) {
    await manager.getRepository(entity).insert(rows.slice(start, start + chunk).map((row) => ({ ...row })));
  }
}
