import { describe, expect, it } from 'vitest';
import { categoryShares, levelPairGaps, summarizeColumn } from './team-matrix.js';

describe('summarizeColumn', () => {
  it('counts those below standard and gives the mean and worst gap (hand-worked)', () => {
    // gaps: +1, -1, 0, -2 -> below 2, mean -0.5, worst -2
    const summary = summarizeColumn([
      { requiredLevel: 3, currentLevel: 4 },
      { requiredLevel: 3, currentLevel: 2 },
      { requiredLevel: 2, currentLevel: 2 },
      { requiredLevel: 4, currentLevel: 2 },
    ]);
    expect(summary).toEqual({ employeesRequired: 4, belowStandard: 2, meanGap: -0.5, worstGap: -2 });
  });

  it('rounds the mean gap to 2 decimals', () => {
    // gaps -1, -1, 0 -> mean -0.666… -> -0.67
    const cells = [
      { requiredLevel: 3, currentLevel: 2 },
      { requiredLevel: 3, currentLevel: 2 },
      { requiredLevel: 3, currentLevel: 3 },
    ];
    expect(summarizeColumn(cells).meanGap).toBe(-0.67);
  });

  it('has no mean or worst gap when no one’s position requires the competency', () => {
    expect(summarizeColumn([])).toEqual({ employeesRequired: 0, belowStandard: 0, meanGap: null, worstGap: null });
  });
});

describe('categoryShares', () => {
  it('gives every category, with its count and share', () => {
    expect(categoryShares(['OPTIMAL', 'KURANG_OPTIMAL', 'OPTIMAL'])).toEqual([
      { category: 'OPTIMAL', count: 2, share: 0.6667 },
      { category: 'CUKUP_OPTIMAL', count: 0, share: 0 },
      { category: 'KURANG_OPTIMAL', count: 1, share: 0.3333 },
    ]);
  });
});

describe('levelPairGaps', () => {
  it('lists each pair of required and current level once, in order, with its gap and severity', () => {
    const pairs = [
      { requiredLevel: 3, currentLevel: 1 },
      { requiredLevel: 2, currentLevel: 2 },
      { requiredLevel: 3, currentLevel: 2 },
      { requiredLevel: 3, currentLevel: 1 },
    ];
    expect(levelPairGaps(pairs)).toEqual([
      { requiredLevel: 2, currentLevel: 2, gap: 0, severity: 'MET' },
      { requiredLevel: 3, currentLevel: 1, gap: -2, severity: 'MAJOR' },
      { requiredLevel: 3, currentLevel: 2, gap: -1, severity: 'MINOR' },
    ]);
  });
});
