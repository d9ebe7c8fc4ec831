// Puts an option's recommended trainings into the employee's development plan of the year, and remembers which
// options were added, which one failed (its card shows why), and the plan as it now stands.
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
    const items = planItemsOf(option);
    addingPositionId.value = option.positionId;
    failedPositionId.value = null;
    try {
      // Errors land in `error` (shown by the page); the mutation throws them too.
      const result = await mutate({ input: { employeeId: id, year, items } }).catch(() => null);
      if (result?.data) {
        plan.value = result.data.addTrainingsToPlan;
        lastAddedCount.value = items.length;
        addedPositionIds.value = new Set([...addedPositionIds.value, option.positionId]);
      } else {
        failedPositionId.value = option.positionId;
      }
    } finally {
      addingPositionId.value = null;
    }
  }

  return { addToPlan, addingPositionId, failedPositionId, addedPositionIds, plan, lastAddedCount, loading, error };
}
