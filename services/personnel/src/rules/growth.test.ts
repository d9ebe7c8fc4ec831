import { describe, expect, it } from 'vitest';
import { jpmPointsGained, levelChanges, rankMostImproved, yearStart } from './growth.js';

describe('growth between two dates', () => {
  it('lists each competency whose level changed, not assessed counting as 0', () => {
    const from = [
      { competencyId: 1, level: 2 },
      { competencyId: 2, level: 3 },
      { competencyId: 5, level: 4 },
    ];
    const to = [
      { competencyId: 1, level: 3 },
      { competencyId: 2, level: 3 },
      { competencyId: 5, level: 3 },
      { competencyId: 11, level: 2 },
    ];
    expect(levelChanges(from, to)).toEqual([
      { competencyId: 1, levelFrom: 2, levelTo: 3, change: 1 },
      { competencyId: 5, levelFrom: 4, levelTo: 3, change: -1 },
      { competencyId: 11, levelFrom: 0, levelTo: 2, change: 2 },
    ]);
  });

  it('ranks by levels gained, then JPM gained, then name, leaving out who did not gain', () => {
    const rows = [
      { name: 'Budi', levelGain: 2, jpmChange: 5 },
      { name: 'Ani', levelGain: 2, jpmChange: 5 },
      { name: 'Citra', levelGain: 3, jpmChange: 0 },
      { name: 'Dedi', levelGain: 0, jpmChange: 7.5 },
      { name: 'Eka', levelGain: 0, jpmChange: 0 },
      { name: 'Fajar', levelGain: -1, jpmChange: -3 },
    ];
    expect(rankMostImproved(rows).map((row) => row.name)).toEqual(['Citra', 'Ani', 'Budi', 'Dedi']);
  });

  it('counts JPM points gained to 2 decimals', () => {
    expect(jpmPointsGained(78.57, 96.3)).toBe(17.73);
    expect(jpmPointsGained(100, 92.86)).toBe(-7.14);
  });

  it('starts a year on the last day of the year before', () => {
    expect(yearStart(2026)).toBe('2025-12-31');
  });
});
