// The needs survey of the employee's own unit for a year, their answer, and the competencies to choose from.
import { useQuery } from '@vue/apollo-composable';
import { computed, toValue, type MaybeRefOrGetter } from 'vue';
import { MyNeedsSurveyDocument } from '../../graphql/generated/graphql';

export function useMyNeedsSurvey(employeeId: MaybeRefOrGetter<string | null>, year: MaybeRefOrGetter<number>) {
  const query = useQuery(
    MyNeedsSurveyDocument,
    () => ({ employeeId: toValue(employeeId) ?? '', year: toValue(year) }),
    () => ({ enabled: toValue(employeeId) !== null, fetchPolicy: 'cache-and-network' as const }),
  );
  return {
    survey: computed(() => query.result.value?.employee?.needsSurvey ?? null),
    competencies: computed(() => query.result.value?.competencies ?? []),
    loading: query.loading,
    error: query.error,
  };
}
