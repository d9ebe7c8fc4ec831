import { describe, expect, it } from 'vitest';
import { careerTargetProgress } from './career-target-progress.js';

describe('careerTargetProgress', () => {
  it('counts the standard competencies met and the requirements met', () => {
    // A standard of 9 competencies with 3 still below the required level; golongan and education met, years not.
    expect(
      careerTargetProgress({
        standardSize: 9,
        openGaps: 3,
        requirements: [{ met: true }, { met: true }, { met: false }],
      }),
    ).toEqual({ competenciesMet: 6, competencyCount: 9, requirementsMet: 2, requirementCount: 3, complete: false });
  });

  it('is complete when no gap is open and every requirement is met', () => {
    expect(careerTargetProgress({ standardSize: 4, openGaps: 0, requirements: [{ met: true }] })).toEqual({
      competenciesMet: 4,
      competencyCount: 4,
      requirementsMet: 1,
      requirementCount: 1,
      complete: true,
    });
  });

  it('is not complete while a requirement is unmet, even with no competency gap', () => {
    const progress = careerTargetProgress({ standardSize: 2, openGaps: 0, requirements: [{ met: false }] });
    expect(progress.complete).toBe(false);
    expect(progress.competenciesMet).toBe(2);
  });
});
