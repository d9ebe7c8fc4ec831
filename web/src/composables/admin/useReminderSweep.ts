// "Run reminders now": the administrator walks the agency's employees page by page through the same sweep the
// gateway runs daily (docs/architecture.md), and sees how many employees were swept and how many reminders written.
import { useMutation } from '@vue/apollo-composable';
import { ref, toValue, type MaybeRefOrGetter } from 'vue';
import { AdminSweepRemindersDocument } from '../../graphql/generated/graphql';

/** Employees per page: one batch per subgraph each. */
const PAGE_SIZE = 50;

export interface ReminderSweepResult {
  employees: number;
  written: number;
}

export function useReminderSweep(agencyId: MaybeRefOrGetter<string | null>) {
  const sweep = useMutation(AdminSweepRemindersDocument);
  const result = ref<ReminderSweepResult | null>(null);
  const error = ref<unknown>(null);

  async function run(): Promise<void> {
    const id = toValue(agencyId);
    if (!id) return;
    result.value = null;
    error.value = null;
    const total: ReminderSweepResult = { employees: 0, written: 0 };
    let after: string | null = null;
    try {
      do {
        const response = await sweep.mutate({ agencyId: id, first: PAGE_SIZE, after });
        const page = response?.data?.sweepReminders;
        if (!page) break;
        for (const { node } of page.edges) {
          total.employees += 1;
          total.written += (node.trainingRemindersSwept ?? 0) + (node.certificateRemindersSwept ?? 0);
        }
        after = page.pageInfo.hasNextPage ? (page.pageInfo.endCursor ?? null) : null;
      } while (after !== null);
    } catch (caught) {
      error.value = caught;
      return;
    }
    result.value = total;
  }

  return { run, result, error, busy: sweep.loading };
}
