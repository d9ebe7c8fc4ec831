import { describe, expect, it } from 'vitest';
import { isTalentPool } from './talentGrid';

describe('talent 9-box presentation', () => {
  it('puts boxes 7 to 9 in the talent pool', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9].filter(isTalentPool)).toEqual([7, 8, 9]);
  });
});
