// Records every insert, update and remove made while serving a request, in the same transaction. Writes outside a
// request (migrations, the demo seed) are not audited.
import type { EntitySubscriberInterface, InsertEvent, ObjectLiteral, RemoveEvent, UpdateEvent } from 'typeorm';
import { EventSubscriber } from 'typeorm';
import { currentIdentity, describeActor } from './audit-context.js';
import { AuditEntry } from './audit-entry.entity.js';

type Action = 'INSERT' | 'UPDATE' | 'REMOVE';

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
    await event.manager.getRepository(AuditEntry).insert({
      occurredAt: new Date().toISOString(),
      actor,
      actorAgencyId: agencyId,
      action,
      entityName: event.metadata.tableName,
      entityId: entityId === undefined || entityId === null ? null : String(entityId),
      before: toJson(before),
      after: toJson(after),
    });
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
