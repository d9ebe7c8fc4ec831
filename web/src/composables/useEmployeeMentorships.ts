// One employee's mentorships with their logs: those they mentor first, then those in which they are mentored.
import { useQuery } from '@vue/apollo-composable';
import { computed, toValue, type MaybeRefOrGetter } from 'vue';
import { EmployeeMentorshipsDocument, type MentorshipLogCardFragment } from '../graphql/generated/graphql';

export type MentorshipCard = MentorshipLogCardFragment;

export function useEmployeeMentorships(employeeId: MaybeRefOrGetter<string | null>) {
  const { result, loading, error, refetch } = useQuery(
    EmployeeMentorshipsDocument,
    () => ({ employeeId: toValue(employeeId) ?? '' }),
    () => ({ enabled: Boolean(toValue(employeeId)), fetchPolicy: 'cache-and-network' as const }),
  );
  const employee = computed(() => result.value?.employee ?? null);
  return {
    employee,
    /** Mentorships in which the employee is the mentor. */
    asMentor: computed<MentorshipCard[]>(() => employee.value?.mentees ?? []),
    /** Mentorships in which the employee is the mentee. */
    asMentee: computed<MentorshipCard[]>(() => employee.value?.mentors ?? []),
    loading,
    error,
    refetch: () => refetch(),
  };
}
