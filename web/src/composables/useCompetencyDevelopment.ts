// What develops one competency: trainings (each with its next open session) and certifying schemes.
import { useQuery } from '@vue/apollo-composable';
import { computed, toValue, type MaybeRefOrGetter } from 'vue';
import { CompetencyDevelopmentDocument } from '../graphql/generated/graphql';

export function useCompetencyDevelopment(competencyId: MaybeRefOrGetter<string | null>) {
  const { result, loading, error } = useQuery(
    CompetencyDevelopmentDocument,
    () => ({ id: toValue(competencyId) ?? '' }),
    () => ({ enabled: toValue(competencyId) !== null }),
  );
  const competency = computed(() => result.value?.competency ?? null);
  const trainings = computed(() =>
    (competency.value?.developingTrainings ?? []).map((training) => ({
      ...training,
      nextSession:
        [...training.sessions]
          .filter((session) => session.isOpen)
          .sort((a, b) => a.startDate.localeCompare(b.startDate))[0] ?? null,
    })),
  );
  const schemes = computed(() => competency.value?.certifyingSchemes ?? []);
  return { competency, trainings, schemes, loading, error };
}
