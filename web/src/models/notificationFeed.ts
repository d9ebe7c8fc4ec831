// The view model of the MyNotifications query: training's and certification's parts of the feed merged newest
// first, the unread total across both, where each notification leads, and which ids to mark in which subgraph.
import type { RouteLocationRaw } from 'vue-router';
import type { MyNotificationsQuery, NotificationItemFragment } from '../graphql/generated/graphql';

export type NotificationItem = NotificationItemFragment;
type Part = { unreadCount: number; notifications: readonly NotificationItem[] } | null | undefined;

export interface MergedFeed {
  unreadCount: number;
  notifications: NotificationItem[];
}

/** Both parts newest first (by the time written, then the id); a part missing (its subgraph down) counts as empty. */
export function mergeFeeds(employee: MyNotificationsQuery['employee'] | null | undefined): MergedFeed {
  const parts: Part[] = [employee?.trainingNotifications, employee?.certificationNotifications];
  const notifications = parts
    .flatMap((part) => part?.notifications ?? [])
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || Number(b.id) - Number(a.id));
  const unreadCount = parts.reduce((sum, part) => sum + (part?.unreadCount ?? 0), 0);
  return { unreadCount, notifications };
}

/** The ids to mark read, by the subgraph that keeps them (the mutation's two arguments). */
export function idsBySource(notifications: readonly NotificationItem[]): {
  training: string[];
  certification: string[];
} {
  const unread = notifications.filter((item) => item.readAt === null);
  return {
    training: unread.filter((item) => item.source === 'training').map((item) => item.id),
    certification: unread.filter((item) => item.source === 'certification').map((item) => item.id),
  };
}

/**
 * Where a notification leads: the trainings page, the manager's inbox, the person's profile (certificates, JP), or
 * the catalog narrowed to the training's open sessions, where the seat is requested.
 */
export function notificationTarget(item: NotificationItem, ownEmployeeId: string): RouteLocationRaw {
  switch (item.kind) {
    case 'REQUEST_APPROVED':
    case 'REQUEST_REJECTED':
      return { name: 'my-training' };
    case 'APPROVAL_WAITING':
      return { name: 'inbox' };
    case 'CERTIFICATE_EXPIRING':
    case 'JP_SHORTFALL':
      return { name: 'employee', params: { id: ownEmployeeId } };
    case 'SEATS_OPEN':
      return { name: 'catalog', query: { q: item.title, open: '1' } };
  }
}
