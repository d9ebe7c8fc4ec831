import { describe, expect, it } from 'vitest';
import { refetchAfter } from './refetchAfter';

describe('refetchAfter', () => {
  it('runs the action with its arguments, then the refetch, and waits for both', async () => {
    const calls: string[] = [];
    const then = refetchAfter(async () => {
      calls.push('refetch');
    });
    const approve = then(async (id: string, note: string) => {
      calls.push(`approve ${id} ${note}`);
    });
    await approve('7', 'ok');
    expect(calls).toEqual(['approve 7 ok', 'refetch']);
  });

  it('does not refetch when the action fails', async () => {
    let refetched = false;
    const then = refetchAfter(async () => {
      refetched = true;
    });
    await expect(then(() => Promise.reject(new Error('refused')))()).rejects.toThrow('refused');
    expect(refetched).toBe(false);
  });
});
