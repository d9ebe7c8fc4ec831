// What waits for a manager: their people's seat requests and the plans they submitted (this year and next), from
// the members of the units they head. The header shows the count; the inbox page decides.
import { useMutation, useQuery } from '@vue/apollo-composable';
import { computed } from 'vue';
import {
  ApproveDevelopmentPlanDocument,
  ApproveEnrolmentDocument,
  ManagerInboxDocument,
  RejectEnrolmentDocument,
  ReturnDevelopmentPlanDocument,
  type ManagerInboxQuery,
} from '../graphql/generated/graphql';
import { useSession } from './useSession';

type Member = ManagerInboxQuery['employees']['edges'][number]['node'];
export type InboxRequest = NonNullable<Member['enrolments']>[number] & { employee: { id: string; name: string } };
export type InboxPlan = NonNullable<Member['current']> & { employee: { id: string; name: string } };

export function useManagerInbox() {
  const { user } = useSession();
  const year = new Date().getFullYear();
  // The first unit listed is the one the manager heads (its sub-units follow, and the list includes them).
  const unitId = computed(() => (user.value?.role === 'MANAGER' ? (user.value.unitIds[0] ?? null) : null));
  const { result, loading, error, refetch } = useQuery(
    ManagerInboxDocument,
    () => ({ unitId: unitId.value ?? '', year, nextYear: year + 1 }),
    () => ({ enabled: unitId.value !== null, fetchPolicy: 'cache-and-network' }),
  );
  // Nobody decides on their own request or plan: the manager's own row is left out.
  const members = computed(() =>
    (result.value?.employees.edges ?? []).map((edge) => edge.node).filter((m) => m.id !== user.value?.employeeId),
  );
  const requests = computed<InboxRequest[]>(() =>
    members.value.flatMap((member) =>
      (member.enrolments ?? [])
        .filter((enrolment) => enrolment.status === 'REQUESTED')
        .map((enrolment) => ({ ...enrolment, employee: { id: member.id, name: member.name } })),
    ),
  );
  const plans = computed<InboxPlan[]>(() =>
    members.value.flatMap((member) =>
      [member.current, member.next]
        .filter((plan): plan is NonNullable<Member['current']> => plan?.status === 'SUBMITTED')
        .map((plan) => ({ ...plan, employee: { id: member.id, name: member.name } })),
    ),
  );

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
