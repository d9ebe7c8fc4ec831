// Succession for the signed-in user's agency, or one unit of it (with its sub-units): the key positions with their
// successors grouped by readiness, and the counts the page's summary says.
import { useQuery } from '@vue/apollo-composable';
import { computed, toValue, type MaybeRefOrGetter } from 'vue';
import { SuccessionPlanDocument } from '../graphql/generated/graphql';
import { useSession } from './useSession';

export function useSuccessionPlan(unitId: MaybeRefOrGetter<string | null>) {
  const { user } = useSession();
  const { result, loading, error } = useQuery(
    SuccessionPlanDocument,
    () => ({ agencyId: user.value?.agencyId ?? '', unitId: toValue(unitId) }),
    () => ({ enabled: Boolean(user.value?.agencyId) }),
  );
  const plan = computed(() => result.value?.successionPlan ?? null);
  return { plan, loading, error };
}
