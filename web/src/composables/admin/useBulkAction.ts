// One action over many rows (a roster's approvals, attendance, results): the calls go out together, and what comes
// back is one summary plus the API's refusal per row, never one alert per row.
import { ref } from 'vue';
import { describeApiError } from '../../utils/describeApiError';

export interface BulkSummary {
  saved: number;
  refused: number;
}

export function useBulkAction() {
  const running = ref(false);
  /** The API's reason per refused row id, from the last run. */
  const refusals = ref<Record<string, string>>({});
  const summary = ref<BulkSummary | null>(null);

  async function run(ids: readonly string[], call: (id: string) => Promise<unknown>): Promise<BulkSummary> {
    running.value = true;
    try {
      const outcomes = await Promise.allSettled(ids.map((id) => call(id)));
      const refused: Record<string, string> = {};
      outcomes.forEach((outcome, index) => {
        if (outcome.status === 'rejected') {
          const problem = describeApiError(outcome.reason)[0];
          refused[ids[index]!] = problem?.detail ?? problem?.code ?? 'UNKNOWN';
        }
      });
      refusals.value = refused;
      summary.value = { saved: ids.length - Object.keys(refused).length, refused: Object.keys(refused).length };
      return summary.value;
    } finally {
      running.value = false;
    }
  }

  return { running, refusals, summary, run };
}
