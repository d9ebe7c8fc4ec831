// The agency's cooperation agreements with their status today and activities.
import { useQuery } from '@vue/apollo-composable';
import { computed } from 'vue';
import { AdminPartnershipsDocument } from '../../graphql/generated/graphql';

export function usePartnerships() {
  const query = useQuery(AdminPartnershipsDocument, {}, { fetchPolicy: 'cache-and-network' });
  return {
    partnerships: computed(() => query.result.value?.partnerships ?? []),
    loading: query.loading,
    error: query.error,
    refetch: () => query.refetch(),
  };
}
