import { describe, expect, it } from 'vitest';
import { requestKey } from './requestKey';

describe('requestKey', () => {
  it('is 32 hex digits, as the API accepts, and new each time', () => {
    const keys = new Set(Array.from({ length: 100 }, requestKey));
    expect(keys.size).toBe(100);
    for (const key of keys) expect(key).toMatch(/^[0-9a-f]{32}$/);
  });
});
