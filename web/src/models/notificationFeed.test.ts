import { describe, expect, it } from 'vitest';
import { idsBySource, mergeFeeds, notificationTarget, type NotificationItem } from './notificationFeed';

const item = (id: string, source: string, createdAt: string, readAt: string | null = null): NotificationItem => ({
  __typename: 'Notification',
  id,
  source,
  kind: source === 'training' ? 'REQUEST_APPROVED' : 'CERTIFICATE_EXPIRING',
  employeeId: '14',
  subjectId: '1',
  threshold: null,
  title: 'Uji',
  dueOn: null,
  createdAt,
  readAt,
});

describe('mergeFeeds', () => {
  it('merges both parts newest first and adds their unread counts', () => {
    const feed = mergeFeeds({
      __typename: 'Employee',
      id: '14',
      trainingNotifications: {
        __typename: 'NotificationFeed',
        unreadCount: 1,
        notifications: [
          item('5', 'training', '2026-12-01T02:00:00Z'),
          item('4', 'training', '2026-11-01T02:00:00Z', 'x'),
        ],
      },
      certificationNotifications: {
        __typename: 'NotificationFeed',
        unreadCount: 2,
        notifications: [item('9', 'certification', '2026-11-15T02:00:00Z')],
      },
    });
    expect(feed.unreadCount).toBe(3);
    expect(feed.notifications.map((row) => `${row.source}:${row.id}`)).toEqual([
      'training:5',
      'certification:9',
      'training:4',
    ]);
  });

  it('treats a part its subgraph could not give as empty', () => {
    const feed = mergeFeeds({
      __typename: 'Employee',
      id: '14',
      trainingNotifications: null,
      certificationNotifications: null,
    });
    expect(feed).toEqual({ unreadCount: 0, notifications: [] });
  });
});

describe('idsBySource', () => {
  it('splits the unread ids by the subgraph that keeps them', () => {
    const rows = [item('1', 'training', 'a'), item('2', 'certification', 'b'), item('3', 'training', 'c', 'read')];
    expect(idsBySource(rows)).toEqual({ training: ['1'], certification: ['2'] });
  });
});

describe('notificationTarget', () => {
  it('leads a certificate reminder to the person’s own profile', () => {
    expect(notificationTarget(item('2', 'certification', 'b'), '14')).toEqual({
      name: 'employee',
      params: { id: '14' },
    });
  });

  it('leads a seats reminder to the catalog, narrowed to the training’s open sessions', () => {
    const seats = { ...item('3', 'training', 'c'), kind: 'SEATS_OPEN' as const, title: 'Manajemen Risiko' };
    expect(notificationTarget(seats, '14')).toEqual({
      name: 'catalog',
      query: { q: 'Manajemen Risiko', open: '1' },
    });
  });
});
