// The talent 9-box of a unit (optionally with its sub-units), shaped for TalentNineBox: the people the API placed in each box.
import { useQuery } from '@vue/apollo-composable';
import { computed, toValue, type MaybeRefOrGetter } from 'vue';
import { TalentGridDocument, type TalentPersonFragment } from '../graphql/generated/graphql';
import { inReadingOrder, type TalentGrid, type TalentPerson } from '../models/talentGrid';

const personOf = (employee: TalentPersonFragment): TalentPerson => ({
  employeeId: employee.id,
  name: employee.name,
  positionName: employee.position.name,
});

export function useTalentGrid(unitId: MaybeRefOrGetter<string | null>, includeSubUnits: MaybeRefOrGetter<boolean>) {
  const { result, loading, error } = useQuery(
    TalentGridDocument,
    () => ({ unitId: toValue(unitId) ?? '', includeSubUnits: toValue(includeSubUnits) }),
    () => ({ enabled: toValue(unitId) !== null }),
  );
  const grid = computed<TalentGrid | null>(() => {
    const data = result.value?.talentGrid;
    if (!data) return null;
    return {
      unitName: data.unit.name,
      cells: inReadingOrder(
        data.boxes.map(({ box, kinerja, potensial, inTalentPool, employees }) => ({
          box,
          kinerja,
          potensial,
          inTalentPool,
          people: employees.map(personOf),
        })),
      ),
      unplaced: data.unplaced.map(personOf),
    };
  });
  const employeeCount = computed(() => result.value?.talentGrid.employeeCount ?? 0);
  return { grid, employeeCount, loading, error };
}
