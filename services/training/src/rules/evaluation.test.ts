import { describe, expect, it } from 'vitest';
import { evaluate, isApplying } from './evaluation.js';

describe('training evaluation', () => {
  it('averages reaction and learning gain, and shares those applying it, over those with a value', () => {
    const figures = evaluate([
      { reactionRating: 5, preTestScore: 50, postTestScore: 80, applicationRating: 4 },
      { reactionRating: 4, preTestScore: 60, postTestScore: 70, applicationRating: 2 },
      { reactionRating: null, preTestScore: 40, postTestScore: 85, applicationRating: 3 },
      { reactionRating: 3, preTestScore: null, postTestScore: 90, applicationRating: null },
    ]);
    // reaction (5+4+3)/3 = 4; gain (30+10+45)/3 = 28.33; applying 2 of 3 rated = 0.67
    expect(figures).toEqual({
      participants: 4,
      averageReaction: 4,
      averageLearningGain: 28.33,
      applyingShare: 0.67,
      ratedForApplication: 3,
    });
  });

  it('gives null figures when nothing is rated yet', () => {
    expect(evaluate([])).toMatchObject({ averageReaction: null, averageLearningGain: null, applyingShare: null });
  });

  it('counts a rating of 3 or more as applying it', () => {
    expect([1, 2, 3, 4, 5].map(isApplying)).toEqual([false, false, true, true, true]);
  });
});
