// The employee list: one page of employees for the list page.
import { useQuery } from '@vue/apollo-composable';
import { computed } from 'vue';
import { EmployeesDocument } from '../graphql/generated/graphql';

export const EMPLOYEE_PAGE_SIZE = 50;

export function useEmployees() {
  const { result, loading, error } = useQuery(EmployeesDocument, () => ({ first: EMPLOYEE_PAGE_SIZE }));
  const employees = computed(() => result.value?.employees ?? []);
  return { employees, loading, error };
}
