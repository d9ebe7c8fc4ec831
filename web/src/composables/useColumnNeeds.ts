// One competency column of the team matrix in the unit's needs analysis: its deficit and the trainings ranked by how
// much of that gap they close for the cost. The analysis is fetched once per unit and year; columns read from it.
import { useQuery } from '@vue/apollo-composable';
import { computed, toValue, type MaybeRefOrGetter } from 'vue';
import { TeamColumnNeedsDocument } from '../graphql/generated/graphql';

export function useColumnNeeds(
  unitId: MaybeRefOrGetter<string | null>,
  competencyId: MaybeRefOrGetter<string | null>,
  year: number,
) {
  const { result, loading, error } = useQuery(
    TeamColumnNeedsDocument,
    () => ({ unitId: toValue(unitId) ?? '', year }),
    () => ({ enabled: toValue(unitId) !== null && toValue(competencyId) !== null }),
  );
  const need = computed(
    () => result.value?.unit?.trainingNeeds?.needs.find((line) => line.competency.id === toValue(competencyId)) ?? null,
  );
  const trainings = computed(() => need.value?.trainings ?? []);
  return { need, trainings, loading, error };
}
