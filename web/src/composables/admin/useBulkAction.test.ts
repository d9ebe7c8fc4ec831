import { describe, expect, it } from 'vitest';
import { useBulkAction } from './useBulkAction';

describe('useBulkAction', () => {
  it('sends every row’s call together and sums up, keeping the API’s reason for each refused row', async () => {
    const started: string[] = [];
    const finish: Record<string, () => void> = {};
    const bulk = useBulkAction();
    const done = bulk.run(['1', '2', '3'], (id) => {
      started.push(id);
      if (id === '2') {
        const refusal = { graphQLErrors: [{ message: 'Sudah disetujui', extensions: { code: 'BAD_USER_INPUT' } }] };
        return Promise.reject(refusal);
      }
      return new Promise<void>((resolve) => (finish[id] = resolve));
    });
    // All three calls are out before any has answered.
    expect(started).toEqual(['1', '2', '3']);
    expect(bulk.running.value).toBe(true);
    finish['1']!();
    finish['3']!();
    expect(await done).toEqual({ saved: 2, refused: 1 });
    expect(bulk.refusals.value).toEqual({ '2': 'Sudah disetujui' });
    expect(bulk.running.value).toBe(false);
  });

  it('forgets the last run’s refusals when the next one succeeds', async () => {
    const bulk = useBulkAction();
    await bulk.run(['7'], () => Promise.reject(new Error('down')));
    expect(bulk.refusals.value).toEqual({ '7': 'down' });
    await bulk.run(['7'], () => Promise.resolve());
    expect(bulk.refusals.value).toEqual({});
    expect(bulk.summary.value).toEqual({ saved: 1, refused: 0 });
  });
});
