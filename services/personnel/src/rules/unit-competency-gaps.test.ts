import { describe, expect, it } from 'vitest';
import { unitCompetencyGaps } from './unit-competency-gaps.js';

describe('unitCompetencyGaps', () => {
  it('counts members below and sums their deficits; a surplus does not offset another deficit', () => {
    const gaps = unitCompetencyGaps([
      {
        standard: [
          { competencyId: 1, requiredLevel: 3 },
          { competencyId: 2, requiredLevel: 2 },
        ],
        levels: new Map([
          [1, 1],
          [2, 4],
        ]),
      },
      { standard: [{ competencyId: 1, requiredLevel: 3 }], levels: new Map([[1, 5]]) },
      { standard: [{ competencyId: 1, requiredLevel: 2 }], levels: new Map() },
    ]);
    expect(gaps).toEqual([
      // people: whose standard has the competency, the people behind the figures (small groups are withheld).
      {
        competencyId: 1,
        people: 3,
        employeesBelow: 2,
        totalDeficit: 4,
        // Where each member below stands: a training's reach depends on it (training's needs analysis).
        shortfalls: [
          { requiredLevel: 2, currentLevel: 0, employees: 1 },
          { requiredLevel: 3, currentLevel: 1, employees: 1 },
        ],
      },
      { competencyId: 2, people: 1, employeesBelow: 0, totalDeficit: 0, shortfalls: [] },
    ]);
  });

  it('is empty for a unit without members', () => {
    expect(unitCompetencyGaps([])).toEqual([]);
  });
});
