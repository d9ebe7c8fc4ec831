// Marks notifications read in both subgraphs that keep them (one request), then refreshes the feed the bell and
// the page share.
import { useMutation } from '@vue/apollo-composable';
import { MarkNotificationsReadDocument, MyNotificationsDocument } from '../graphql/generated/graphql';
import { idsBySource, type NotificationItem } from '../models/notificationFeed';

export function useMarkNotificationsRead() {
  const { mutate, loading } = useMutation(MarkNotificationsReadDocument, {
    refetchQueries: [MyNotificationsDocument],
    awaitRefetchQueries: true,
  });
  return {
    marking: loading,
    markRead: async (notifications: readonly NotificationItem[]) => {
      const ids = idsBySource(notifications);
      if (ids.training.length + ids.certification.length === 0) return;
      await mutate(ids);
    },
  };
}
