// One employee's page: profile, competency levels against the standard, JP of the year, training, certificates.
import { useQuery } from '@vue/apollo-composable';
import { computed, toValue, type MaybeRefOrGetter } from 'vue';
import { EmployeeProfileDocument } from '../graphql/generated/graphql';

export function useEmployeeProfile(id: MaybeRefOrGetter<string>, year: number = new Date().getFullYear()) {
  const { result, loading, error } = useQuery(EmployeeProfileDocument, () => ({ id: toValue(id), year }));
  const employee = computed(() => result.value?.employee ?? null);
  return { employee, year, loading, error };
}
