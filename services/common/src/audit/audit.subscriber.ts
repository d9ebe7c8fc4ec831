// Records every insert, update and remove made while serving a request, in the same transaction. Writes outside a
// request (migrations, the demo seed) are not audited. Inside a transaction the entries are kept and written in one
// statement before it commits, so a bulk write (a 1,000-row CSV import) costs one audit statement, not 1,000.
// TypeORM tells a listener nothing of the rows a criteria update or delete (repository.update/delete, a query
// builder) touches, so those writes go through auditedWrite, which reads the rows before and after and records
// each one; the subscriber leaves such writes to it.
import type {
  EntityManager,
  EntitySubscriberInterface,
  EntityTarget,
  FindOptionsWhere,
  InsertEvent,
  ObjectLiteral,
  QueryRunner,
  RemoveEvent,
  TransactionCommitEvent,
  TransactionRollbackEvent,
  UpdateEvent,
} from 'typeorm';
import { EventSubscriber, In } from 'typeorm';
import { currentIdentity, describeActor } from './audit-context.js';
import { AuditEntry } from './audit-entry.entity.js';

type Action = 'INSERT' | 'UPDATE' | 'REMOVE';
type PendingEntry = Omit<AuditEntry, 'id'>;

const PENDING = 'auditEntries';
/** Set on the query runner while auditedWrite records a criteria write itself. */
const EXPLICIT = 'auditExplicit';
/** Rows per INSERT when flushing, well under the placeholder limits of SQLite and MySQL. */
const CHUNK = 200;

function pendingOf(queryRunner: QueryRunner): PendingEntry[] {
  const data = queryRunner.data as Record<string, PendingEntry[] | undefined>;
  data[PENDING] ??= [];
  return data[PENDING];
}

function toJson(row: ObjectLiteral | undefined): string | null {
  return row ? JSON.stringify(row) : null;
}

/** Keeps (in a transaction) or writes one entry for a change made while serving a request. */
async function recordEntry(
  manager: EntityManager,
  queryRunner: QueryRunner,
  tableName: string,
  action: Action,
  entityId: unknown,
  before: ObjectLiteral | undefined,
  after: ObjectLiteral | undefined,
): Promise<void> {
  const identity = currentIdentity();
  if (!identity) return;
  const { actor, agencyId } = describeActor(identity);
  const entry: PendingEntry = {
    occurredAt: new Date().toISOString(),
    actor,
    actorAgencyId: agencyId,
    action,
    entityName: tableName,
    entityId: entityId === undefined || entityId === null ? null : String(entityId),
    before: toJson(before),
    after: toJson(after),
  };
  if (queryRunner.isTransactionActive) pendingOf(queryRunner).push(entry);
  else await manager.getRepository(AuditEntry).insert(entry);
}

/**
 * A criteria update or delete, audited row by row: `where` selects the rows `write` changes (the same criteria, guard
 * included); each is recorded as UPDATE with its values before and after, or REMOVE with its values before. Runs in
 * the caller's transaction (`manager` from inTransaction), so the reads see the write's own rows.
 */
export async function auditedWrite<Entity extends ObjectLiteral, Result>(
  manager: EntityManager,
  target: EntityTarget<Entity>,
  where: FindOptionsWhere<Entity>,
  write: () => Promise<Result>,
): Promise<Result> {
  const queryRunner = manager.queryRunner;
  if (!queryRunner?.isTransactionActive) throw new Error('auditedWrite needs a transaction (inTransaction)');
  const repository = manager.getRepository(target);
  const key = repository.metadata.primaryColumns[0]!.propertyName;
  const before = await repository.findBy(where);
  const data = queryRunner.data as Record<string, number | undefined>;
  data[EXPLICIT] = (data[EXPLICIT] ?? 0) + 1;
  let result: Result;
  try {
    result = await write();
  } finally {
    data[EXPLICIT] = data[EXPLICIT]! - 1;
  }
  const ids = before.map((row) => row[key] as unknown);
  const after = ids.length ? await repository.findBy({ [key]: In(ids) } as FindOptionsWhere<Entity>) : [];
  const afterById = new Map(after.map((row) => [row[key] as unknown, row]));
  for (const row of before) {
    const now = afterById.get(row[key]);
    if (now && toJson(now) === toJson(row)) continue;
    const action = now ? 'UPDATE' : 'REMOVE';
    await recordEntry(manager, queryRunner, repository.metadata.tableName, action, row[key], row, now);
  }
  return result;
}

@EventSubscriber()
export class AuditSubscriber implements EntitySubscriberInterface {
  private async record(
    event: InsertEvent<ObjectLiteral> | UpdateEvent<ObjectLiteral> | RemoveEvent<ObjectLiteral>,
    action: Action,
    before: ObjectLiteral | undefined,
    after: ObjectLiteral | undefined,
  ): Promise<void> {
    if (event.metadata.target === AuditEntry) return;
    // A criteria write inside auditedWrite is recorded there, row by row, with what this event lacks.
    if (action !== 'INSERT' && (event.queryRunner.data as Record<string, number | undefined>)[EXPLICIT]) return;
    const idSource = after ?? before;
    // The row's own primary key: not every table's is called id (a row keyed by its employee).
    const key = event.metadata.primaryColumns[0]?.propertyName ?? 'id';
    const entityId = idSource?.[key] ?? ('entityId' in event ? event.entityId : undefined);
    await recordEntry(event.manager, event.queryRunner, event.metadata.tableName, action, entityId, before, after);
  }

  async beforeTransactionCommit(event: TransactionCommitEvent): Promise<void> {
    const entries = pendingOf(event.queryRunner).splice(0);
    for (let start = 0; start < entries.length; start += CHUNK) {
      await event.manager.getRepository(AuditEntry).insert(entries.slice(start, start + CHUNK));
    }
  }

  afterTransactionRollback(event: TransactionRollbackEvent): void {
    pendingOf(event.queryRunner).splice(0);
  }

  afterInsert(event: InsertEvent<ObjectLiteral>): Promise<void> {
    return this.record(event, 'INSERT', undefined, event.entity);
  }

  afterUpdate(event: UpdateEvent<ObjectLiteral>): Promise<void> {
    return this.record(event, 'UPDATE', event.databaseEntity, event.entity as ObjectLiteral | undefined);
  }

  afterRemove(event: RemoveEvent<ObjectLiteral>): Promise<void> {
    return this.record(event, 'REMOVE', event.databaseEntity ?? event.entity, undefined);
  }
}
