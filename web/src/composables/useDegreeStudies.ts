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

export type DegreeStudy = DegreeStudyCardFragment;

export function useDegreeStudies() {
  const { result, loading, error, refetch } = useQuery(DegreeStudiesDocument, {}, { fetchPolicy: 'cache-and-network' });
  const studies = computed(() => result.value?.degreeStudies ?? []);
  const then = async () => {
    await refetch();
  };
  const { mutate: apply } = useMutation(ApplyDegreeStudyDocument);
  const { mutate: approve } = useMutation(ApproveDegreeStudyDocument);
  const { mutate: reject } = useMutation(RejectDegreeStudyDocument);
  const { mutate: report } = useMutation(ReportDegreeStudyDocument);
  const { mutate: graduate } = useMutation(GraduateDegreeStudyDocument);

  return {
    studies,
    loading,
    error,
    apply: async (input: ApplyDegreeStudyInput) => {
      await apply({ input });
      await then();
    },
    approve: async (id: string) => {
      await approve({ input: { id } });
      await then();
    },
    reject: async (id: string, reason: string) => {
      await reject({ input: { id, reason } });
      await then();
    },
    report: async (studyId: string, semester: number, gpa: number, creditsEarned: number, note: string) => {
      await report({ input: { studyId, semester, gpa, creditsEarned, ...(note.trim() && { note: note.trim() }) } });
      await then();
    },
    graduate: async (id: string, graduatedOn: string) => {
      await graduate({ input: { id, graduatedOn } });
      await then();
    },
  };
}
