// Opens a unit's needs survey for a year; the survey, or null when refused (the error in `error`).
import { useMutation } from '@vue/apollo-composable';
import { OpenNeedsSurveyDocument, type OpenNeedsSurveyInput } from '../../graphql/generated/graphql';

export function useOpenNeedsSurvey() {
  const { mutate, loading, error } = useMutation(OpenNeedsSurveyDocument, {
    refetchQueries: ['TeamNeedsSurvey'],
    awaitRefetchQueries: true,
  });
  return {
    loading,
    error,
    open: async (input: OpenNeedsSurveyInput) =>
      (await mutate({ input }).catch(() => null))?.data?.openNeedsSurvey ?? null,
  };
}
