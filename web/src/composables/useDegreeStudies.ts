// The degree studies the caller follows and what they do with them: apply, approve or refuse, report a semester,
// record a graduation. Each action refetches, so the page shows what the API now holds.
import { useMutation, useQuery } from '@vue/apollo-composable';
import { computed } from 'vue';
import {
  ApplyDegreeStudyDocument,
  ApproveDegreeStudyDocument,
  DegreeStudiesDocument,
  GraduateDegreeStudyDocument,
  RejectDegreeStudyDocument,
  ReportDegreeStudyDocument,
  type ApplyDegreeStudyInput,
  type DegreeStudyCardFragment,
} from '../graphql/generated/graphql';
import { refetchAfter } from '../utils/refetchAfter';

export type DegreeStudy = DegreeStudyCardFragment;

export function useDegreeStudies() {
  const { result, loading, error, refetch } = useQuery(DegreeStudiesDocument, {}, { fetchPolicy: 'cache-and-network' });
  const studies = computed(() => result.value?.degreeStudies ?? []);
  const then = refetchAfter(refetch);
  const { mutate: apply } = useMutation(ApplyDegreeStudyDocument);
  const { mutate: approve } = useMutation(ApproveDegreeStudyDocument);
  const { mutate: reject } = useMutation(RejectDegreeStudyDocument);
  const { mutate: report } = useMutation(ReportDegreeStudyDocument);
  const { mutate: graduate } = useMutation(GraduateDegreeStudyDocument);

  return {
    studies,
    loading,
    error,
    apply: then((input: ApplyDegreeStudyInput) => apply({ input })),
    approve: then((id: string) => approve({ input: { id } })),
    reject: then((id: string, reason: string) => reject({ input: { id, reason } })),
    report: then((studyId: string, semester: number, gpa: number, creditsEarned: number, note: string) =>
      report({ input: { studyId, semester, gpa, creditsEarned, ...(note.trim() && { note: note.trim() }) } }),
    ),
    graduate: then((id: string, graduatedOn: string) => graduate({ input: { id, graduatedOn } })),
  };
}
