// Puts an option's recommended trainings into the employee's development plans (the page's year, or the year a
// session ends), and remembers which options were added, which one failed (its card shows why), and the plan of the
// page's year as it now stands.
import { useMutation } from '@vue/apollo-composable';
import { ref, toValue, type MaybeRefOrGetter } from 'vue';
import { AddTrainingsToPlanDocument, type AddTrainingsToPlanMutation } from '../graphql/generated/graphql';
import { planItemsOf, type CareerOptionView } from '../models/careerOption';

export type DevelopmentPlanView = AddTrainingsToPlanMutation['addTrainingsToPlan'];

export function useAddTrainingsToPlan(employeeId: MaybeRefOrGetter<string | null>, year: number) {
  const { mutate, loading, error } = useMutation(AddTrainingsToPlanDocument);
  const addingPositionId = ref<string | null>(null);
  const failedPositionId = ref<string | null>(null);
  const addedPositionIds = ref(new Set<string>());
  const plan = ref<DevelopmentPlanView | null>(null);
  const lastAddedCount = ref(0);

  async function addToPlan(option: CareerOptionView): Promise<void> {
    const id = toValue(employeeId);
    if (!id) return;
    const byYear = planItemsOf(option, year);
    addingPositionId.value = option.positionId;
    failedPositionId.value = null;
    try {
      // One plan per year the sessions end in (the server refuses a session of another year); the page's year's plan
      // is the one shown. Errors land in `error` (shown by the page); the mutation throws them too.
      let added = 0;
      for (const [planYear, items] of byYear) {
        const result = await mutate({ input: { employeeId: id, year: planYear, items } }).catch(() => null);
        if (!result?.data) {
          failedPositionId.value = option.positionId;
          return;
        }
        added += items.length;
        if (planYear === year || !plan.value) plan.value = result.data.addTrainingsToPlan;
      }
      lastAddedCount.value = added;
      addedPositionIds.value = new Set([...addedPositionIds.value, option.positionId]);
    } finally {
      addingPositionId.value = null;
    }
  }

  return { addToPlan, addingPositionId, failedPositionId, addedPositionIds, plan, lastAddedCount, loading, error };
}
