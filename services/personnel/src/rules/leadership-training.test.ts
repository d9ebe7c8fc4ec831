import { describe, expect, it } from 'vitest';
import { leadershipTrainingFor } from './leadership-training.js';

describe('leadershipTrainingFor', () => {
  it("takes the target level's programme over the ladder's code", () => {
    expect(leadershipTrainingFor('JPT_PRATAMA', ['PKA'])).toBe('PKN_II');
    expect(leadershipTrainingFor('ADMINISTRATOR', [null])).toBe('PKA');
    expect(leadershipTrainingFor('PENGAWAS', [])).toBe('PKP');
    expect(leadershipTrainingFor('JPT_MADYA', [])).toBe('PKN_I');
  });

  it("falls back to the last move's code set on the ladder, else none", () => {
    expect(leadershipTrainingFor('FUNGSIONAL', ['PKP', 'LATSAR'])).toBe('LATSAR');
    expect(leadershipTrainingFor('FUNGSIONAL', ['PKP', null])).toBe('PKP');
    expect(leadershipTrainingFor('PELAKSANA', [null])).toBeNull();
  });
});
