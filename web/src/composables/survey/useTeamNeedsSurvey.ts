// A unit's needs survey for a year as its head sees it, and the competencies to choose from.
import { useQuery } from '@vue/apollo-composable';
import { computed, toValue, type MaybeRefOrGetter } from 'vue';
import { TeamNeedsSurveyDocument } from '../../graphql/generated/graphql';

export function useTeamNeedsSurvey(unitId: MaybeRefOrGetter<string>, year: MaybeRefOrGetter<number>) {
  const query = useQuery(TeamNeedsSurveyDocument, () => ({ unitId: toValue(unitId), year: toValue(year) }), {
    fetchPolicy: 'cache-and-network',
  });
  return {
    survey: computed(() => query.result.value?.unit?.needsSurvey ?? null),
    competencies: computed(() => query.result.value?.competencies ?? []),
    loading: query.loading,
    error: query.error,
  };
}
