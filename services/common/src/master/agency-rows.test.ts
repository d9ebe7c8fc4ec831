import { describe, expect, it } from 'vitest';
import { hasRepeats } from './agency-rows.js';

describe('hasRepeats', () => {
  it('finds an entry given twice, as text or as a number, and nothing in a list of distinct ones', () => {
    expect(hasRepeats(['1', '2', '1'])).toBe(true);
    expect(hasRepeats([3, 4, 3])).toBe(true);
    expect(hasRepeats(['1', '2', '3'])).toBe(false);
    expect(hasRepeats([])).toBe(false);
  });
});
