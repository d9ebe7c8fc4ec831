// The administrator's evaluation view: the trainings somebody of the agency attended, with the API's Kirkpatrick
// figures, and every follow-up candidate across them.
import { useQuery } from '@vue/apollo-composable';
import { computed } from 'vue';
import { AdminTrainingEvaluationsDocument } from '../../graphql/generated/graphql';

export function useTrainingEvaluations() {
  const { result, loading, error } = useQuery(
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
  return { evaluated, followUps, loading, error };
}
