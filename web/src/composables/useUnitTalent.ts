// The talent 9-box of a unit, shaped for TalentNineBox: people grouped by the box the API placed them in.
import { useQuery } from '@vue/apollo-composable';
import { computed, toValue, type MaybeRefOrGetter } from 'vue';
import { UnitTalentDocument } from '../graphql/generated/graphql';
import { groupByBox, type TalentGrid } from '../models/talentGrid';

export function useUnitTalent(unitId: MaybeRefOrGetter<string | null>) {
  const { result, loading, error } = useQuery(
    UnitTalentDocument,
    () => ({ unitId: toValue(unitId) ?? '' }),
    () => ({ enabled: toValue(unitId) !== null }),
  );
  const grid = computed<TalentGrid | null>(() => {
    if (!result.value?.unit) return null;
    const people = result.value.employees.edges.map(({ node }) => ({
      box: node.talentBox?.box ?? null,
      person: { employeeId: node.id, name: node.name, positionName: node.position.name },
    }));
    return {
      unitName: result.value.unit.name,
      boxes: groupByBox(people.flatMap(({ box, person }) => (box === null ? [] : [{ box, person }]))),
      unplaced: people.flatMap(({ box, person }) => (box === null ? [person] : [])),
    };
  });
  const totalCount = computed(() => result.value?.employees.totalCount ?? 0);
  const shownCount = computed(() => result.value?.employees.edges.length ?? 0);
  return { grid, totalCount, shownCount, loading, error };
}
