// Records an activity under an agreement, then refetches the list (its status and last activity change).
import { useMutation } from '@vue/apollo-composable';
import { RecordPartnershipActivityDocument, type PartnershipActivityInput } from '../../graphql/generated/graphql';

export function useRecordPartnershipActivity() {
  const { mutate, loading, error } = useMutation(RecordPartnershipActivityDocument, {
    refetchQueries: ['AdminPartnerships'],
    awaitRefetchQueries: true,
  });
  return {
    loading,
    error,
    record: async (input: PartnershipActivityInput) =>
      (await mutate({ input }).catch(() => null))?.data?.recordPartnershipActivity ?? null,
  };
}
