// The signed-in person's notification feed (training's and certification's parts, merged by time): the header's
// bell shows the unread count and the notifications page lists them, both from the one cached query.
import { useQuery } from '@vue/apollo-composable';
import { computed } from 'vue';
import { MyNotificationsDocument } from '../graphql/generated/graphql';
import { mergeFeeds } from '../models/notificationFeed';
import { useSession } from './useSession';

export function useMyNotifications() {
  const { user } = useSession();
  const employeeId = computed(() => user.value?.employeeId ?? null);
  const { result, loading, error, refetch } = useQuery(
    MyNotificationsDocument,
    () => ({ id: employeeId.value ?? '' }),
    () => ({ enabled: employeeId.value !== null, fetchPolicy: 'cache-and-network' }),
  );
  const feed = computed(() => mergeFeeds(result.value?.employee));
  return {
    employeeId,
    notifications: computed(() => feed.value.notifications),
    unreadCount: computed(() => feed.value.unreadCount),
    loading,
    error,
    refresh: async () => {
      await refetch();
    },
  };
}
