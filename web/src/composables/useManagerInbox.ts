// What waits for a manager: their people's seat requests and the plans they submitted (this year and next), in
// the unit they head and its sub-units. The header shows the count; the inbox page decides.
import { useMutation, useQuery } from '@vue/apollo-composable';
import { computed, toValue, type MaybeRefOrGetter } from 'vue';
import {
  ApproveDevelopmentPlanDocument,
  ApproveEnrolmentDocument,
  ManagerInboxDocument,
  RejectEnrolmentDocument,
  ReturnDevelopmentPlanDocument,
  type ManagerInboxQuery,
} from '../graphql/generated/graphql';
import { useSession } from './useSession';

type InboxUnit = NonNullable<ManagerInboxQuery['unit']>;
export type InboxRequest = NonNullable<InboxUnit['pendingEnrolments']>[number];
export type InboxPlan = NonNullable<InboxUnit['submittedPlans']>[number];

/** `unit`: another unit than the one the manager heads (an administrator's, from the URL). */
export function useManagerInbox(unit: MaybeRefOrGetter<string | null> = null) {
  const { user } = useSession();
  const year = new Date().getFullYear();
  // The first unit listed is the one the manager heads (its sub-units follow, and the list includes them).
  const unitId = computed(
    () => toValue(unit) ?? (user.value?.role === 'MANAGER' ? (user.value.unitIds[0] ?? null) : null),
  );
  const { result, loading, error, refetch } = useQuery(
    ManagerInboxDocument,
    () => ({ unitId: unitId.value ?? '', years: [year, year + 1] }),
    () => ({ enabled: unitId.value !== null, fetchPolicy: 'cache-and-network' }),
  );
  // The API lists only what the caller may decide on (never their own request or plan).
  const requests = computed<InboxRequest[]>(() => result.value?.unit?.pendingEnrolments ?? []);
  const plans = computed<InboxPlan[]>(() => result.value?.unit?.submittedPlans ?? []);

  const refresh = async () => {
    await refetch();
  };
  const { mutate: approve } = useMutation(ApproveEnrolmentDocument);
  const { mutate: reject } = useMutation(RejectEnrolmentDocument);
  const { mutate: approvePlan } = useMutation(ApproveDevelopmentPlanDocument);
  const { mutate: returnPlan } = useMutation(ReturnDevelopmentPlanDocument);
  const note = (text: string) => (text.trim() ? { note: text.trim() } : {});

  return {
    unitId,
    requests,
    plans,
    count: computed(() => requests.value.length + plans.value.length),
    loading,
    error,
    approveRequest: async (enrolmentId: string) => {
      await approve({ input: { enrolmentId } });
      await refresh();
    },
    rejectRequest: async (enrolmentId: string, reason: string) => {
      await reject({ input: { enrolmentId, ...note(reason) } });
      await refresh();
    },
    approvePlan: async (planId: string, text: string) => {
      await approvePlan({ input: { planId, ...note(text) } });
      await refresh();
    },
    returnPlan: async (planId: string, text: string) => {
      await returnPlan({ input: { planId, ...note(text) } });
      await refresh();
    },
  };
}
