// The units of the signed-in user's agency, in tree order, for unit pickers.
import { useQuery } from '@vue/apollo-composable';
import { computed } from 'vue';
import { UnitsDocument } from '../graphql/generated/graphql';
import { orderUnitsAsTree } from '../utils/unitTree';
import { useSession } from './useSession';

export function useUnits() {
  const { user } = useSession();
  const { result, loading, error } = useQuery(UnitsDocument, () => ({ agencyId: user.value?.agencyId ?? null }));
  const units = computed(() => orderUnitsAsTree(result.value?.units ?? []));
  return { units, loading, error };
}
