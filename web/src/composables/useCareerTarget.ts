// An employee's chosen career target ("my target") with the progress toward it, and choosing or clearing it (the
// person themself only; the API refuses anyone else). The mutations answer with the employee's target, which
// replaces the cached one, so every page showing it follows.
import { useMutation, useQuery } from '@vue/apollo-composable';
import { computed, toValue, type MaybeRefOrGetter } from 'vue';
import {
  CareerTargetDocument,
  ChooseCareerTargetDocument,
  ClearCareerTargetDocument,
  type CareerTargetDetailFragment,
} from '../graphql/generated/graphql';

export type CareerTarget = NonNullable<CareerTargetDetailFragment['careerTarget']>;

/** Share (0-100, whole) of `part` in `whole`; a target with nothing to meet is complete. */
export function percentOf(part: number, whole: number): number {
  return whole === 0 ? 100 : Math.round((part / whole) * 100);
}

export function useCareerTarget(employeeId: MaybeRefOrGetter<string | null>) {
  const { result, loading, error } = useQuery(
    CareerTargetDocument,
    () => ({ employeeId: toValue(employeeId) ?? '' }),
    () => ({ enabled: Boolean(toValue(employeeId)) }),
  );
  const target = computed<CareerTarget | null>(() => result.value?.employee?.careerTarget ?? null);
  const { mutate: chooseMutation } = useMutation(ChooseCareerTargetDocument);
  const { mutate: clearMutation } = useMutation(ClearCareerTargetDocument);
  const own = () => toValue(employeeId) ?? '';

  return {
    target,
    loading,
    error,
    choose: (positionId: string) => chooseMutation({ input: { employeeId: own(), positionId } }),
    clear: () => clearMutation({ input: { employeeId: own() } }),
  };
}
