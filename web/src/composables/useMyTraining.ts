// An ASN's own enrolments and development plan of a year, and what they do with them: request a seat, cancel,
// rate a training, add to and remove from the plan, submit it. Each action refetches the query so the page shows
// what the API now holds (the plan persisted, the seat counted).
import { useMutation, useQuery } from '@vue/apollo-composable';
import { computed, toValue, type MaybeRefOrGetter } from 'vue';
import {
  AddToPlanDocument,
  CancelEnrolmentDocument,
  MyTrainingDocument,
  RecordReactionDocument,
  RemoveTrainingFromPlanDocument,
  RequestEnrolmentDocument,
  SubmitDevelopmentPlanDocument,
  type MyTrainingQuery,
} from '../graphql/generated/graphql';
import { requestKey } from '../utils/requestKey';

export type MyEnrolment = NonNullable<NonNullable<MyTrainingQuery['employee']>['enrolments']>[number];
export type MyPlan = NonNullable<NonNullable<MyTrainingQuery['employee']>['developmentPlan']>;

/** Statuses from which the participant may still withdraw (the API's transitions). */
export const CANCELLABLE: ReadonlySet<MyEnrolment['status']> = new Set(['REQUESTED', 'APPROVED']);
/** Statuses in which the participant may rate the training (they attended it). */
export const REACTABLE: ReadonlySet<MyEnrolment['status']> = new Set(['ATTENDED', 'COMPLETED', 'FAILED']);
/** Plan statuses in which the employee edits and submits it. */
export const EDITABLE_PLAN: ReadonlySet<MyPlan['status']> = new Set(['DRAFT', 'RETURNED']);

/** The calendar year of a session's end: the plan year (and JP year) it belongs to. */
export function planYearOf(session: { endDate: string }): number {
  return Number(session.endDate.slice(0, 4));
}

export function useMyTraining(employeeId: MaybeRefOrGetter<string | null>, year: MaybeRefOrGetter<number>) {
  const { result, loading, error, refetch } = useQuery(
    MyTrainingDocument,
    () => ({ id: toValue(employeeId) ?? '', year: toValue(year) }),
    () => ({ enabled: Boolean(toValue(employeeId)), fetchPolicy: 'cache-and-network' }),
  );
  const enrolments = computed(() => result.value?.employee?.enrolments ?? []);
  const plan = computed(() => result.value?.employee?.developmentPlan ?? null);

  const refresh = async () => {
    await refetch();
  };
  const { mutate: request } = useMutation(RequestEnrolmentDocument);
  const { mutate: cancel } = useMutation(CancelEnrolmentDocument);
  const { mutate: react } = useMutation(RecordReactionDocument);
  const { mutate: add } = useMutation(AddToPlanDocument);
  const { mutate: remove } = useMutation(RemoveTrainingFromPlanDocument);
  const { mutate: submit } = useMutation(SubmitDevelopmentPlanDocument);
  const own = () => toValue(employeeId) ?? '';

  return {
    enrolments,
    plan,
    loading,
    error,
    refresh,
    requestSeat: async (sessionId: string) => {
      await request({ input: { employeeId: own(), sessionId, requestKey: requestKey() } });
      await refresh();
    },
    cancelEnrolment: async (enrolmentId: string) => {
      await cancel({ input: { enrolmentId } });
      await refresh();
    },
    rate: async (enrolmentId: string, rating: number, comment: string) => {
      await react({ input: { enrolmentId, rating, ...(comment.trim() && { comment: comment.trim() }) } });
      await refresh();
    },
    addToPlan: async (trainingId: string, session: { id: string; endDate: string }) => {
      await add({
        input: { employeeId: own(), year: planYearOf(session), items: [{ trainingId, sessionId: session.id }] },
      });
      await refresh();
    },
    removeFromPlan: async (planId: string, trainingId: string) => {
      await remove({ input: { planId, trainingId } });
      await refresh();
    },
    submitPlan: async (planId: string) => {
      await submit({ input: { planId } });
      await refresh();
    },
  };
}
