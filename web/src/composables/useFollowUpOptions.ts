// What a follow-up proposal can become, for one competency of the rated training: open sessions of the other
// trainings that develop it (a follow-up training), or the colleagues suggested to mentor it (a mentorship).
import { useQuery } from '@vue/apollo-composable';
import { computed, toValue, type MaybeRefOrGetter } from 'vue';
import { CompetencyDevelopmentDocument, MentorSuggestionsDocument } from '../graphql/generated/graphql';
import type { InboxFollowUp } from './useManagerInbox';

export function useFollowUpOptions(item: MaybeRefOrGetter<InboxFollowUp>, competencyId: MaybeRefOrGetter<string>) {
  const kind = () => toValue(item).followUp;
  const trainingsQuery = useQuery(
    CompetencyDevelopmentDocument,
    () => ({ id: toValue(competencyId) }),
    () => ({ enabled: kind() === 'FOLLOW_UP_TRAINING' && toValue(competencyId) !== '' }),
  );
  const mentorsQuery = useQuery(
    MentorSuggestionsDocument,
    () => ({ employeeId: toValue(item).employee.id, competencyId: toValue(competencyId) }),
    () => ({ enabled: kind() === 'MENTORING' && toValue(competencyId) !== '', fetchPolicy: 'network-only' }),
  );
  /** Open sessions of the other trainings developing the competency, soonest first. */
  const sessions = computed(() =>
    (trainingsQuery.result.value?.competency?.developingTrainings ?? [])
      .filter((training) => training.id !== toValue(item).training.id)
      .flatMap((training) =>
        training.sessions.filter((session) => session.isOpen).map((session) => ({ training, session })),
      )
      .sort((a, b) => a.session.startDate.localeCompare(b.session.startDate)),
  );
  return {
    sessions,
    mentors: computed(() => mentorsQuery.result.value?.mentorSuggestions ?? null),
    loading: computed(() => trainingsQuery.loading.value || mentorsQuery.loading.value),
    error: computed(() => trainingsQuery.error.value ?? mentorsQuery.error.value),
  };
}
