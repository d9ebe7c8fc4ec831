// Writes notifications and their outbox rows in the caller's transaction. Event-driven notifications are written in
// the event's own transaction (the transactional outbox); time-based ones by an idempotent sweep. Either way the
// dedupe key (employee + kind + subject + threshold) makes a second write of the same notification write nothing.
import DataLoader from 'dataloader';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { runAs } from '../audit/audit-context.js';
import { inTransaction } from '../transaction.js';
import type { NotificationLoaders } from './notification-feed.js';
import type { NotificationKind } from './notification-kind.enum.js';
import { Notification, type NotificationAudience } from './notification.entity.js';
import { OutboxMessage } from './outbox-message.entity.js';

const CHUNK = 200;

export interface NotificationDraft {
  kind: NotificationKind;
  employeeId: number;
  audience: NotificationAudience;
  subjectId: number;
  threshold?: number | null;
  title: string;
  dueOn?: string | null;
}

export function dedupeKeyOf(draft: NotificationDraft): string {
  return [draft.kind, draft.audience, draft.employeeId, draft.subjectId, draft.threshold ?? '-'].join(':');
}

/**
 * Inserts the drafts not written before, each with its outbox row: three statements whatever the number of drafts
 * (the keys already written, the notifications, the outbox). Returns the notifications it wrote.
 */
export async function writeNotifications(
  manager: EntityManager,
  source: string,
  drafts: NotificationDraft[],
  now: Date = new Date(),
): Promise<Notification[]> {
  const byKey = new Map(drafts.map((draft) => [dedupeKeyOf(draft), draft]));
  if (byKey.size === 0) return [];
  const written = await manager.getRepository(Notification).find({
    select: { id: true, dedupeKey: true },
    where: { dedupeKey: In([...byKey.keys()]) },
  });
  for (const row of written) byKey.delete(row.dedupeKey);
  if (byKey.size === 0) return [];
  const createdAt = now.toISOString();
  const rows = [...byKey].map(([dedupeKey, draft]) =>
    manager.getRepository(Notification).create({
      source,
      kind: draft.kind,
      employeeId: draft.employeeId,
      audience: draft.audience,
      subjectId: draft.subjectId,
      threshold: draft.threshold ?? null,
      title: draft.title.slice(0, 200),
      dueOn: draft.dueOn ?? null,
      dedupeKey,
      createdAt,
      readAt: null,
    }),
  );
  // A person's sweep writes a few; the demo seed writes hundreds, in chunks SQLite's bound-variable limit takes.
  for (let start = 0; start < rows.length; start += CHUNK) {
    await manager.getRepository(Notification).insert(rows.slice(start, start + CHUNK));
  }
  const messages = rows.map((row) => ({
    topic: row.kind,
    payload: JSON.stringify({
      source,
      dedupeKey: row.dedupeKey,
      kind: row.kind,
      employeeId: row.employeeId,
      audience: row.audience,
      subjectId: row.subjectId,
      threshold: row.threshold,
      title: row.title,
      dueOn: row.dueOn,
    }),
    createdAt,
    dispatchedAt: null,
  }));
  for (let start = 0; start < messages.length; start += CHUNK) {
    await manager.getRepository(OutboxMessage).insert(messages.slice(start, start + CHUNK));
  }
  return rows;
}

/** One person's reminders found due by a sweep, not yet in their feed. */
export interface SweptWrite {
  employeeId: number;
  source: string;
  drafts: NotificationDraft[];
}

/**
 * The per-request writer of swept reminders: the writes of every person one request sweeps (a feed read, or a page
 * of the reminder sweep, whose employees reach the subgraph as one `_entities` batch) go into one transaction, so
 * the statements of a page do not grow with its size. The reminders are the system's doing, not the reader's: the
 * audit log names the system, so a person's feed read is not listed as a change of theirs. A concurrent sweep that
 * wrote some of them first is not an error: the batch is written again without them (writeNotifications skips the
 * keys already written). Each write's answer is how many of its reminders this request wrote.
 */
export function createSweptWriter(dataSource: DataSource): DataLoader<SweptWrite, number> {
  const writeAll = (writes: readonly SweptWrite[]) =>
    runAs({ kind: 'system' }, () =>
      inTransaction(dataSource, async (manager) => {
        const written: Notification[] = [];
        for (const source of new Set(writes.map((write) => write.source))) {
          const drafts = writes.filter((write) => write.source === source).flatMap((write) => write.drafts);
          written.push(...(await writeNotifications(manager, source, drafts)));
        }
        return new Set(written.map((row) => row.dedupeKey));
      }),
    );
  return new DataLoader<SweptWrite, number>(
    async (writes) => {
      let keys: Set<string>;
      try {
        keys = await writeAll(writes);
      } catch (error) {
        if (!isDuplicateKeyError(error)) throw error;
        keys = await writeAll(writes);
      }
      return writes.map((write) => write.drafts.filter((draft) => keys.has(dedupeKeyOf(draft))).length);
    },
    { cache: false },
  );
}

/**
 * Writes the reminders a sweep found due for one person that their feed does not hold yet, and returns how many it
 * wrote. The feed comes from the request's loader, which shows it anyway, so a settled sweep (everything due already
 * written) opens no transaction. Afterwards the loader forgets the feed, so the same request reads what was written.
 */
export async function writeSweptNotifications(
  loaders: Pick<NotificationLoaders, 'notificationsByEmployeeId' | 'sweptWrites'>,
  employeeId: number,
  source: string,
  drafts: NotificationDraft[],
): Promise<number> {
  const written = new Set((await loaders.notificationsByEmployeeId.load(employeeId)).map((row) => row.dedupeKey));
  const fresh = drafts.filter((draft) => !written.has(dedupeKeyOf(draft)));
  if (fresh.length === 0) return 0;
  const count = await loaders.sweptWrites.load({ employeeId, source, drafts: fresh });
  loaders.notificationsByEmployeeId.clear(employeeId);
  return count;
}

/** Whether a write failed on a unique key (a concurrent sweep wrote the same notifications first). */
function isDuplicateKeyError(error: unknown): boolean {
  const code =
    (error as { code?: string; driverError?: { code?: string } })?.driverError?.code ??
    (error as { code?: string })?.code;
  return code === 'ER_DUP_ENTRY' || code === 'SQLITE_CONSTRAINT_UNIQUE';
}
