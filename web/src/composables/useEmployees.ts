// The employee list: a filtered, cursor-paged connection; `loadMore` appends the next page (cache-policies.ts).
import { useQuery } from '@vue/apollo-composable';
import { computed, toValue, type MaybeRefOrGetter } from 'vue';
import { EmployeesDocument } from '../graphql/generated/graphql';

export const EMPLOYEE_PAGE_SIZE = 25;

export interface EmployeeListFilter {
  search: string;
  unitId: string | null;
  includeSubUnits: boolean;
}

export function useEmployees(filter: MaybeRefOrGetter<EmployeeListFilter>) {
  const variables = () => {
    const { search, unitId, includeSubUnits } = toValue(filter);
    return {
      first: EMPLOYEE_PAGE_SIZE,
      filter: { includeSubUnits, ...(search.trim() && { search: search.trim() }), ...(unitId && { unitId }) },
    };
  };
  const { result, loading, error, fetchMore } = useQuery(EmployeesDocument, variables);
  const connection = computed(() => result.value?.employees ?? null);
  const employees = computed(() => connection.value?.edges.map((edge) => edge.node) ?? []);

  function loadMore() {
    const pageInfo = connection.value?.pageInfo;
    if (!pageInfo?.hasNextPage || !pageInfo.endCursor) return;
    void fetchMore({ variables: { ...variables(), after: pageInfo.endCursor } });
  }

  return {
    employees,
    totalCount: computed(() => connection.value?.totalCount ?? 0),
    hasMore: computed(() => connection.value?.pageInfo.hasNextPage ?? false),
    loading,
    error,
    loadMore,
  };
}
