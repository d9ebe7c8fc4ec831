// Ends a cooperation agreement early; the agreement as ended, or null when refused (the error in `error`).
import { useMutation } from '@vue/apollo-composable';
import { EndPartnershipDocument, type EndPartnershipInput } from '../../graphql/generated/graphql';

export function useEndPartnership() {
  const { mutate, loading, error } = useMutation(EndPartnershipDocument);
  return {
    loading,
    error,
    end: async (input: EndPartnershipInput) =>
      (await mutate({ input }).catch(() => null))?.data?.endPartnership ?? null,
  };
}
