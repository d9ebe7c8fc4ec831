import { describe, expect, it } from 'vitest';
import { cheapestCover, remainingShortfall } from './jp-projection.js';

describe('cheapest sessions closing a JP shortfall', () => {
  const options = [
    { sessionId: 1, jp: 8, cost: 1_000_000 },
    { sessionId: 2, jp: 12, cost: 1_500_000 },
    { sessionId: 3, jp: 4, cost: 100_000 },
    { sessionId: 4, jp: 20, cost: 2_600_000 },
  ];

  it('picks the cheapest combination reaching the shortfall', () => {
    // 12 JP: {2} 1.5 M, {1,3} 1.1 M, {4} 2.6 M -> 1 and 3.
    expect(cheapestCover(options, 12)).toEqual({ sessionIds: [1, 3], jp: 12, cost: 1_100_000 });
    // 20 JP: {1,2} 2.5 M, {1,2,3} 2.6 M, {4} 2.6 M, {2,3,..} 12+4=16 short -> 1 and 2.
    expect(cheapestCover(options, 20)).toEqual({ sessionIds: [1, 2], jp: 20, cost: 2_500_000 });
  });

  it('prefers fewer sessions when two combinations cost the same', () => {
    const tie = [
      { sessionId: 1, jp: 5, cost: 500 },
      { sessionId: 2, jp: 5, cost: 500 },
      { sessionId: 3, jp: 10, cost: 1_000 },
    ];
    expect(cheapestCover(tie, 10)).toEqual({ sessionIds: [3], jp: 10, cost: 1_000 });
  });

  it('allows overshooting the shortfall when that is cheapest', () => {
    expect(cheapestCover(options, 3)).toEqual({ sessionIds: [3], jp: 4, cost: 100_000 });
  });

  it('answers null when all open sessions together fall short, and nothing when nothing is needed', () => {
    expect(cheapestCover(options.slice(0, 1), 12)).toBeNull();
    expect(cheapestCover(options, 0)).toEqual({ sessionIds: [], jp: 0, cost: 0 });
  });

  it('counts pending JP before the shortfall', () => {
    expect(remainingShortfall(20, 8, 4)).toBe(8);
    expect(remainingShortfall(20, 16, 8)).toBe(0);
  });
});
