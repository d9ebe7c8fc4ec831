// Sends an answer to a needs survey (one's own, or the head's additions), then refetches the survey and the needs
// analysis so the counts beside the gaps follow; the answer, or null when refused (the error in `error`).
import { useMutation } from '@vue/apollo-composable';
import { AnswerNeedsSurveyDocument, type AnswerNeedsSurveyInput } from '../../graphql/generated/graphql';

export function useAnswerNeedsSurvey() {
  const { mutate, loading, error } = useMutation(AnswerNeedsSurveyDocument, {
    refetchQueries: ['MyNeedsSurvey', 'TeamNeedsSurvey', 'TeamOverview'],
    awaitRefetchQueries: true,
  });
  return {
    loading,
    error,
    answer: async (input: AnswerNeedsSurveyInput) =>
      (await mutate({ input }).catch(() => null))?.data?.answerNeedsSurvey ?? null,
  };
}
