// One employee's page: profile, training and certificates.
import { useQuery } from '@vue/apollo-composable';
import { computed, toValue, type MaybeRefOrGetter } from 'vue';
import { EmployeeProfileDocument } from '../graphql/generated/graphql';

export function useEmployeeProfile(id: MaybeRefOrGetter<string>) {
  const { result, loading, error } = useQuery(EmployeeProfileDocument, () => ({ id: toValue(id) }));
  const employee = computed(() => result.value?.employee ?? null);
  return { employee, loading, error };
}
