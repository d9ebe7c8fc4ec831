// Runs one user action (a mutation) at a time per page: which row is busy, the one error of the last failure (shown
// once, not per row), and a notice for the live region when it succeeded.
import { ref } from 'vue';

export function useAction() {
  const busyKey = ref<string | null>(null);
  const error = ref<unknown>(null);
  const notice = ref('');

  /** Runs `action` for the row `key`; on success sets `done()` as the notice. Resolves to whether it succeeded. */
  async function run(key: string, action: () => Promise<unknown>, done: () => string): Promise<boolean> {
    busyKey.value = key;
    error.value = null;
    notice.value = '';
    try {
      await action();
      notice.value = done();
      return true;
    } catch (caught) {
      error.value = caught;
      return false;
    } finally {
      busyKey.value = null;
    }
  }

  return { busyKey, error, notice, run };
}
