import { describe, expect, it } from 'vitest';
import { releasable } from './small-groups.js';

describe('a figure over people, for a caller without pii:read', () => {
  it('needs at least 5 people behind it', () => {
    expect(releasable(1)).toBe(false);
    expect(releasable(4)).toBe(false);
    expect(releasable(5)).toBe(true);
  });

  it('is withheld when a nested group differs from it by 1-4 people, so no subtraction singles anyone out', () => {
    expect(releasable(12, [11])).toBe(false);
    expect(releasable(12, [8])).toBe(false);
    expect(releasable(12, [7, 12, 0])).toBe(true);
    expect(releasable(12, [6, 7])).toBe(true);
  });
});
