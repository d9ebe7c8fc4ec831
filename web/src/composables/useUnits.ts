// The units the signed-in user may look into, in tree order, for unit pickers: the agency's units, or for a
// manager the units they head and their sub-units (the API refuses the others).
import { useQuery } from '@vue/apollo-composable';
import { computed } from 'vue';
import { UnitsDocument } from '../graphql/generated/graphql';
import { orderUnitsAsTree } from '../utils/unitTree';
import { useSession } from './useSession';

export function useUnits() {
  const { user } = useSession();
  const { result, loading, error } = useQuery(UnitsDocument, () => ({ agencyId: user.value?.agencyId ?? null }));
  const units = computed(() => {
    const all = result.value?.units ?? [];
    const headed = user.value?.role === 'MANAGER' ? new Set(user.value.unitIds) : null;
    return orderUnitsAsTree(headed ? all.filter((unit) => headed.has(unit.id)) : all);
  });
  return { units, loading, error };
}
