// The demo users the sign-in page offers: one agency at a time, grouped by role (manager, ASN, administrator).
import { useQuery } from '@vue/apollo-composable';
import { computed, ref } from 'vue';
import { DemoUsersDocument } from '../graphql/generated/graphql';
import type { Role } from './useSession';

const ROLE_ORDER: Role[] = ['MANAGER', 'ASN', 'ADMIN'];

export function useDemoUsers() {
  const { result, loading, error } = useQuery(DemoUsersDocument, {}, { fetchPolicy: 'network-only' });
  const agencies = computed(() => [...new Set((result.value?.demoUsers ?? []).map((user) => user.agencyName))]);
  const chosenAgency = ref<string | null>(null);
  const agency = computed({
    get: () => chosenAgency.value ?? agencies.value[0] ?? null,
    set: (name) => (chosenAgency.value = name),
  });
  const groups = computed(() =>
    ROLE_ORDER.map((role) => ({
      role,
      users: (result.value?.demoUsers ?? []).filter((user) => user.role === role && user.agencyName === agency.value),
    })).filter((group) => group.users.length > 0),
  );
  return { agencies, agency, groups, loading, error };
}
