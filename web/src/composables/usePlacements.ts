// The placements (magang, detasering) the caller follows and what they do with them: propose, approve or refuse,
// record the closing report. Each action refetches, so the page shows what the API now holds.
import { useMutation, useQuery } from '@vue/apollo-composable';
import { computed } from 'vue';
import {
  ApprovePlacementDocument,
  CompetencyOptionsDocument,
  CompletePlacementDocument,
  PlacementsDocument,
  ProposePlacementDocument,
  RejectPlacementDocument,
  type HostAssessment,
  type PlacementCardFragment,
  type ProposePlacementInput,
} from '../graphql/generated/graphql';
import { refetchAfter } from '../utils/refetchAfter';

export type Placement = PlacementCardFragment;

export function usePlacements() {
  const { result, loading, error, refetch } = useQuery(PlacementsDocument, {}, { fetchPolicy: 'cache-and-network' });
  const options = useQuery(CompetencyOptionsDocument);
  const placements = computed(() => result.value?.placements ?? []);
  const competencies = computed(() => options.result.value?.competencies ?? []);
  const { mutate: propose } = useMutation(ProposePlacementDocument);
  const { mutate: approve } = useMutation(ApprovePlacementDocument);
  const { mutate: reject } = useMutation(RejectPlacementDocument);
  const { mutate: complete } = useMutation(CompletePlacementDocument);
  const then = refetchAfter(refetch);

  return {
    placements,
    competencies,
    loading,
    error: computed(() => error.value ?? options.error.value),
    propose: then((input: ProposePlacementInput) => propose({ input })),
    approve: then((id: string) => approve({ input: { id } })),
    reject: then((id: string, reason: string) => reject({ input: { id, reason } })),
    complete: then((id: string, report: string, hostAssessment: HostAssessment) =>
      complete({ input: { id, report, hostAssessment } }),
    ),
  };
}
