import { describe, expect, it } from 'vitest';
import { rankOptions, type RankedFacts } from './career-ranking.js';

const option = (positionId: number, facts: Partial<RankedFacts> = {}): RankedFacts => ({
  positionId,
  requirementsMet: false,
  jpm: 80,
  steps: 1,
  eligibleOn: '2027-01-01',
  ...facts,
});

const order = (options: RankedFacts[]) => rankOptions(options).map((ranked) => [ranked.positionId, ranked.rank]);

describe('rankOptions', () => {
  it('puts an option with every requirement met before a better match that is not yet eligible', () => {
    expect(order([option(1, { jpm: 99 }), option(2, { requirementsMet: true, jpm: 60 })])).toEqual([
      [2, 1],
      [1, 2],
    ]);
  });

  it('then ranks by Job Person Match, then fewer moves', () => {
    expect(order([option(1, { jpm: 70 }), option(2, { jpm: 90, steps: 2 }), option(3, { jpm: 90 })])).toEqual([
      [3, 1],
      [2, 2],
      [1, 3],
    ]);
  });

  it('then by the earlier eligible date, an unforeseeable one last, then by position id', () => {
    expect(
      order([option(4, { eligibleOn: null }), option(3), option(2, { eligibleOn: '2026-12-01' }), option(1)]),
    ).toEqual([
      [2, 1],
      [1, 2],
      [3, 3],
      [4, 4],
    ]);
  });
});
