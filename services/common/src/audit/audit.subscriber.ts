// Records every insert, update and remove made while serving a request, in the same transaction. Writes outside a
// request (migrations, the demo seed) are not audited. Inside a transaction the entries are kept and written in one
// statement before it commits, so a bulk write (a 1,000-row CSV import) costs one audit statement, not 1,000.
import type {
  EntitySubscriberInterface,
  InsertEvent,
  ObjectLiteral,
  QueryRunner,
  RemoveEvent,
  TransactionCommitEvent,
  TransactionRollbackEvent,
  UpdateEvent,
} from 'typeorm';
import { EventSubscriber } from 'typeorm';
import { currentIdentity, describeActor } from './audit-context.js';
import { AuditEntry } from './audit-entry.entity.js';

type Action = 'INSERT' | 'UPDATE' | 'REMOVE';
type PendingEntry = Omit<AuditEntry, 'id'>;

const PENDING = 'auditEntries';
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

@EventSubscriber()
export class AuditSubscriber implements EntitySubscriberInterface {
  private async record(
    event: InsertEvent<ObjectLiteral> | UpdateEvent<ObjectLiteral> | RemoveEvent<ObjectLiteral>,
    action: Action,
    before: ObjectLiteral | undefined,
    after: ObjectLiteral | undefined,
  ): Promise<void> {
    const identity = currentIdentity();
    if (!identity || event.metadata.target === AuditEntry) return;
    const { actor, agencyId } = describeActor(identity);
    const idSource = after ?? before;
    const entityId = idSource?.id ?? ('entityId' in event ? event.entityId : undefined);
    const entry: PendingEntry = {
      occurredAt: new Date().toISOString(),
      actor,
      actorAgencyId: agencyId,
      action,
      entityName: event.metadata.tableName,
      entityId: entityId === undefined || entityId === null ? null : String(entityId),
      before: toJson(before),
      after: toJson(after),
    };
    if (event.queryRunner.isTransactionActive) pendingOf(event.queryRunner).push(entry);
    else await event.manager.getRepository(AuditEntry).insert(entry);
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
