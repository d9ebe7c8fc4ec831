// The administrator's mentoring: one mentee's mentorships, starting a new one and ending a running one, each
// refetching the list so it shows what the server kept.
import { useMutation, useQuery } from '@vue/apollo-composable';
import { computed, toValue, type MaybeRefOrGetter } from 'vue';
import {
  AdminMentorshipsDocument,
  EndMentorshipDocument,
  AdminStartMentorshipDocument,
  type EndMentorshipInput,
  type StartMentorshipInput,
} from '../../graphql/generated/graphql';

export function useMentorships(menteeId: MaybeRefOrGetter<string | null>) {
  const query = useQuery(
    AdminMentorshipsDocument,
    () => ({ menteeId: toValue(menteeId) ?? '' }),
    () => ({ enabled: toValue(menteeId) !== null, fetchPolicy: 'cache-and-network' as const }),
  );
  const start = useMutation(AdminStartMentorshipDocument);
  const end = useMutation(EndMentorshipDocument);

  /** Runs one action; the mentorship, or null when refused (the error is in `actionError`). */
  async function act<T>(run: () => Promise<T | null | undefined>): Promise<T | null> {
    const result = (await run().catch(() => null)) ?? null;
    if (result) await query.refetch();
    return result;
  }

  return {
    mentorships: computed(() => query.result.value?.employee?.mentors ?? []),
    competencies: computed(() => query.result.value?.competencies ?? []),
    loadError: query.error,
    busy: computed(() => start.loading.value || end.loading.value),
    actionError: computed(() => start.error.value ?? end.error.value ?? null),
    startMentorship: (input: StartMentorshipInput) =>
      act(async () => (await start.mutate({ input }))?.data?.startMentorship),
    endMentorship: (input: EndMentorshipInput) => act(async () => (await end.mutate({ input }))?.data?.endMentorship),
  };
}
