// Reading a feed and marking it read. The subgraph's policy decides who may (only the person themself); these
// functions then scope every read and write to what that person may see: notifications about them (SELF), and
// approvals waiting for them about the employees they manage (APPROVER; the gateway vouches those ids per request).
import { In, IsNull, type DataSource, type EntityManager } from 'typeorm';
import { auditedWrite } from '../audit/audit.subscriber.js';
import type { Identity } from '../auth-context.js';
import { createGroupLoader, loadAll } from '../loaders.js';
import { parseId } from '../parse-id.js';
import { defineReasons } from '../reasons.js';
import { inTransaction } from '../transaction.js';
import { NotificationFeed } from './notification-feed.type.js';
import { Notification, type NotificationAudience } from './notification.entity.js';
import { createSweptWriter } from './notification-writer.js';

const FEED_SIZE = 50;
/** At most this many ids in one markNotificationsRead. */
export const MARK_READ_LIMIT = 100;

const { invalid } = defineReasons({
  NOTIFICATION_NOT_FOUND: {
    id: 'Notifikasi {id} tidak ditemukan di umpan Anda.',
    en: 'Notification {id} is not in your feed.',
  },
  TOO_MANY_IDS: { id: 'Paling banyak {max} notifikasi sekaligus.', en: 'At most {max} notifications at once.' },
});

function byEmployeeLoader(dataSource: DataSource, audience: NotificationAudience) {
  return createGroupLoader<number, Notification>(
    (employeeIds) =>
      dataSource
        .getRepository(Notification)
        .find({ where: { audience, employeeId: In([...employeeIds]) }, order: { id: 'DESC' } }),
    (row) => row.employeeId,
  );
}

/** The per-request loaders of notifications: about an employee, waiting for whoever manages them, and the writer of
 *  swept reminders. */
export function createNotificationLoaders(dataSource: DataSource) {
  return {
    notificationsByEmployeeId: byEmployeeLoader(dataSource, 'SELF'),
    approverNotificationsByEmployeeId: byEmployeeLoader(dataSource, 'APPROVER'),
    sweptWrites: createSweptWriter(dataSource),
  };
}
export type NotificationLoaders = ReturnType<typeof createNotificationLoaders>;

/** The employees whose waiting approvals this identity sees: those it manages, not itself. */
function managedEmployeeIds(identity: Identity): number[] {
  if (identity.kind !== 'user' || identity.role !== 'MANAGER') return [];
  return (identity.employeeIds ?? []).filter((id) => id !== identity.employeeId).map(Number);
}

/** The feed of `employeeId` as `identity` (already authorized as that employee) sees it: two statements at most. */
export async function readNotificationFeed(
  loaders: NotificationLoaders,
  identity: Identity,
  employeeId: number,
): Promise<NotificationFeed> {
  const [own, waiting] = await Promise.all([
    loaders.notificationsByEmployeeId.load(employeeId),
    loadAll(loaders.approverNotificationsByEmployeeId, managedEmployeeIds(identity)),
  ]);
  const all = [...own, ...waiting.flat()].sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id - a.id);
  return { unreadCount: all.filter((row) => row.readAt === null).length, notifications: all.slice(0, FEED_SIZE) };
}

function isInFeedOf(row: Notification, identity: Identity, employeeId: number): boolean {
  if (row.audience === 'SELF') return row.employeeId === employeeId;
  return managedEmployeeIds(identity).includes(row.employeeId);
}

/**
 * Marks the given notifications of the caller's feed read; an id outside the feed refuses the whole request with
 * BAD_USER_INPUT on `ids` (nothing written, and nothing said about whose it is). Returns how many changed.
 */
export async function markNotificationsRead(
  manager: EntityManager,
  identity: Identity,
  employeeId: number,
  rawIds: readonly string[],
  now: Date = new Date(),
): Promise<number> {
  if (rawIds.length > MARK_READ_LIMIT) throw invalid('notificationIds', 'TOO_MANY_IDS', { max: MARK_READ_LIMIT });
  const ids = [...new Set(rawIds.map((id) => parseId(id, 'notificationIds')))];
  if (ids.length === 0) return 0;
  const rows = await manager.getRepository(Notification).findBy({ id: In(ids) });
  const found = new Map(rows.map((row) => [row.id, row]));
  for (const id of ids) {
    const row = found.get(id);
    if (!row || !isInFeedOf(row, identity, employeeId))
      throw invalid('notificationIds', 'NOTIFICATION_NOT_FOUND', { id });
  }
  const unread = rows.filter((row) => row.readAt === null).map((row) => row.id);
  if (unread.length === 0) return 0;
  const where = { id: In(unread), readAt: IsNull() };
  const result = await auditedWrite(manager, Notification, where, () =>
    manager.getRepository(Notification).update(where, { readAt: now.toISOString() }),
  );
  return result.affected ?? unread.length;
}

/** The employee record of the signed-in person (0 for a caller with none, whom the policy then refuses). */
export function ownEmployeeId(identity: Identity): number {
  return identity.kind === 'user' && identity.employeeId ? Number(identity.employeeId) : 0;
}

/** A subgraph's mark-read mutation: the caller's own feed, authorized by the subgraph's policy, in one transaction. */
export function markOwnNotificationsRead(
  { identity, dataSource }: { identity: Identity; dataSource: DataSource },
  notificationIds: readonly string[],
  authorizeOwn: (employeeId: number) => void,
): Promise<number> {
  const employeeId = ownEmployeeId(identity);
  authorizeOwn(employeeId);
  return inTransaction(dataSource, (manager) => markNotificationsRead(manager, identity, employeeId, notificationIds));
}
