// The administrator's evaluation view: the trainings somebody of the agency attended, with the API's Kirkpatrick
// figures, and every follow-up candidate across them, a page of trainings at a time ("load more" appends the next).
import { useQuery } from '@vue/apollo-composable';
import { computed } from 'vue';
import { AdminTrainingEvaluationsDocument } from '../../graphql/generated/graphql';

export function useTrainingEvaluations() {
  const { result, loading, error, fetchMore } = useQuery(
    AdminTrainingEvaluationsDocument,
    {},
    { fetchPolicy: 'cache-and-network' },
  );
  const evaluated = computed(() =>
    (result.value?.trainings.edges ?? [])
      .map((edge) => edge.node)
      .filter((training) => (training.evaluation?.participants ?? 0) > 0),
  );
  const followUps = computed(() =>
    evaluated.value.flatMap((training) =>
      (training.evaluation?.followUps ?? []).map((enrolment) => ({ ...enrolment, training })),
    ),
  );
  const pageInfo = computed(() => result.value?.trainings.pageInfo ?? null);

  function loadMore() {
    const after = pageInfo.value?.hasNextPage ? pageInfo.value.endCursor : null;
    if (!after) return;
    void fetchMore({
      variables: { after },
      updateQuery: (previous, { fetchMoreResult }) => ({
        ...fetchMoreResult,
        trainings: {
          ...fetchMoreResult.trainings,
          edges: [...previous.trainings.edges, ...fetchMoreResult.trainings.edges],
        },
      }),
    });
  }

  return {
    evaluated,
    followUps,
    loading,
    error,
    hasMore: computed(() => pageInfo.value?.hasNextPage ?? false),
    loadMore,
  };
}
