// Creates or edits a cooperation agreement; the agreement as saved, or null when refused (the error in `error`).
import { useMutation } from '@vue/apollo-composable';
import { SavePartnershipDocument, type PartnershipInput } from '../../graphql/generated/graphql';

export function useSavePartnership() {
  const { mutate, loading, error } = useMutation(SavePartnershipDocument, { refetchQueries: ['AdminPartnerships'] });
  return {
    loading,
    error,
    save: async (input: PartnershipInput) => (await mutate({ input }).catch(() => null))?.data?.savePartnership ?? null,
  };
}
