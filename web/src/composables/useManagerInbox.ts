// What waits for a manager: their people's seat requests and the plans they submitted (this year and next), the
// application ratings due, the follow-ups low ratings proposed and the re-assessments passed trainings proposed, in
// the unit they head and its sub-units. The header shows the count; the inbox page decides.
import { useMutation, useQuery } from '@vue/apollo-composable';
import { computed, toValue, type MaybeRefOrGetter } from 'vue';
import {
  ApproveDevelopmentPlanDocument,
  ApproveEnrolmentDocument,
  CloseReassessmentProposalDocument,
  DecideFollowUpDocument,
  ManagerInboxDocument,
  RateApplicationDocument,
  RejectEnrolmentDocument,
  ReturnDevelopmentPlanDocument,
  StartMentorshipDocument,
  type FollowUpKind,
  type ManagerInboxQuery,
} from '../graphql/generated/graphql';
import { useSession } from './useSession';
import { localToday } from '../utils/dates';

type InboxUnit = NonNullable<ManagerInboxQuery['unit']>;
export type InboxRequest = NonNullable<InboxUnit['pendingEnrolments']>[number];
export type InboxPlan = NonNullable<InboxUnit['submittedPlans']>[number];
export type InboxRatingDue = NonNullable<InboxUnit['applicationRatingsDue']>[number];
export type InboxFollowUp = NonNullable<InboxUnit['followUpProposals']>[number];
export type InboxReassessment = NonNullable<InboxUnit['reassessmentProposals']>[number];

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
  const ratingsDue = computed<InboxRatingDue[]>(() => result.value?.unit?.applicationRatingsDue ?? []);
  const followUps = computed<InboxFollowUp[]>(() => result.value?.unit?.followUpProposals ?? []);
  const reassessments = computed<InboxReassessment[]>(() => result.value?.unit?.reassessmentProposals ?? []);

  const refresh = async () => {
    await refetch();
  };
  const { mutate: approve } = useMutation(ApproveEnrolmentDocument);
  const { mutate: reject } = useMutation(RejectEnrolmentDocument);
  const { mutate: approvePlan } = useMutation(ApproveDevelopmentPlanDocument);
  const { mutate: returnPlan } = useMutation(ReturnDevelopmentPlanDocument);
  const { mutate: rate } = useMutation(RateApplicationDocument);
  const { mutate: decideFollowUp } = useMutation(DecideFollowUpDocument);
  const { mutate: closeReassessment } = useMutation(CloseReassessmentProposalDocument);
  const { mutate: startMentorship } = useMutation(StartMentorshipDocument);
  const note = (text: string) => (text.trim() ? { note: text.trim() } : {});

  return {
    unitId,
    requests,
    plans,
    ratingsDue,
    followUps,
    reassessments,
    count: computed(
      () =>
        requests.value.length +
        plans.value.length +
        ratingsDue.value.length +
        followUps.value.length +
        reassessments.value.length,
    ),
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
    rateApplication: async (enrolmentId: string, rating: number, followUp: FollowUpKind | null) => {
      await rate({ input: { enrolmentId, rating, ...(followUp ? { followUp } : {}) } });
      await refresh();
    },
    /** Starts the mentorship today on the competency, then accepts the proposal (two subgraphs, two writes). */
    acceptMentorship: async (item: InboxFollowUp, mentorId: string, competencyId: string) => {
      const input = {
        mentorId,
        menteeId: item.employee.id,
        startsOn: localToday(),
        focusCompetencyIds: [competencyId],
      };
      await startMentorship({ input });
      await decideFollowUp({ input: { enrolmentId: item.id, accept: true } });
      await refresh();
    },
    /** `sessionId` only to accept a follow-up training; a mentorship is accepted with `acceptMentorship`. */
    decideFollowUp: async (enrolmentId: string, accept: boolean, sessionId?: string) => {
      await decideFollowUp({ input: { enrolmentId, accept, ...(sessionId ? { sessionId } : {}) } });
      await refresh();
    },
    closeReassessment: async (enrolmentId: string) => {
      await closeReassessment({ input: { enrolmentId } });
      await refresh();
    },
  };
}
