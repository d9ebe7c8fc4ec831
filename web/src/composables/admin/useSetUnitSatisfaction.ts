// The administrator enters a unit's IKM for a year (the SetUnitSatisfaction mutation); resolves to the saved row,
// or null when the API refused it (the error ref says why).
import { useMutation } from '@vue/apollo-composable';
import { SetUnitSatisfactionDocument } from '../../graphql/generated/graphql';

export function useSetUnitSatisfaction() {
  const { mutate, loading, error } = useMutation(SetUnitSatisfactionDocument);
  async function save(unitId: string, year: number, score: number) {
    const result = await mutate({ input: { unitId, year, score } }).catch(() => null);
    return result?.data?.setUnitSatisfaction ?? null;
  }
  return { save, loading, error };
}
