// Mentors for a person and a competency: the unit's people with their required competencies (to pick a gap), the
// ranked suggestions for the pick, and starting a mentorship with one of them.
import { useMutation, useQuery } from '@vue/apollo-composable';
import { computed, toValue, type MaybeRefOrGetter } from 'vue';
import { MentorGapsDocument, MentorSuggestionsDocument, StartMentorshipDocument } from '../graphql/generated/graphql';

export interface MenteeGap {
  competencyId: string;
  label: string;
  requiredLevel: number;
  currentLevel: number;
}

export function useMentorSuggestions(
  unitId: MaybeRefOrGetter<string | null>,
  employeeId: MaybeRefOrGetter<string>,
  competencyId: MaybeRefOrGetter<string>,
) {
  const gapsQuery = useQuery(
    MentorGapsDocument,
    () => ({ unitId: toValue(unitId) ?? '' }),
    () => ({ enabled: toValue(unitId) !== null }),
  );
  const people = computed(() => (gapsQuery.result.value?.teamMatrix.rows ?? []).map((row) => row.employee));
  /** The chosen person's required competencies, those below the standard first. */
  const gaps = computed<MenteeGap[]>(() => {
    const matrix = gapsQuery.result.value?.teamMatrix;
    const row = matrix?.rows.find((candidate) => candidate.employee.id === toValue(employeeId));
    if (!matrix || !row) return [];
    const names = new Map(matrix.columns.map((column) => [column.competencyId, column.competency]));
    return row.cells
      .map((cell) => {
        const competency = names.get(cell.competencyId);
        return {
          competencyId: cell.competencyId,
          label: competency ? `${competency.code} · ${competency.name}` : cell.competencyId,
          requiredLevel: cell.requiredLevel,
          currentLevel: cell.currentLevel,
        };
      })
      .sort((a, b) => a.currentLevel - a.requiredLevel - (b.currentLevel - b.requiredLevel));
  });
  const suggestionsQuery = useQuery(
    MentorSuggestionsDocument,
    () => ({ employeeId: toValue(employeeId), competencyId: toValue(competencyId) }),
    () => ({ enabled: toValue(employeeId) !== '' && toValue(competencyId) !== '', fetchPolicy: 'network-only' }),
  );
  const suggestions = computed(() => suggestionsQuery.result.value?.mentorSuggestions ?? null);
  const { mutate: startMentorship } = useMutation(StartMentorshipDocument);

  return {
    people,
    gaps,
    suggestions,
    loading: computed(() => gapsQuery.loading.value || suggestionsQuery.loading.value),
    error: computed(() => gapsQuery.error.value ?? suggestionsQuery.error.value),
    startMentorship,
    refetch: () => suggestionsQuery.refetch(),
  };
}
