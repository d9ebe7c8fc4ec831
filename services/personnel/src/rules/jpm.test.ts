import { describe, expect, it } from 'vitest';
import { computeJpm, gapIndex, mappingCategory, selectionCategory } from './jpm.js';

const pairs = (required: number[], current: number[]) =>
  required.map((level, index) => ({ requiredLevel: level, currentLevel: current[index] ?? 0 }));

describe('computeJpm (the worked example of docs/domain.md)', () => {
  const example = pairs([3, 3, 3, 3, 3, 3, 3, 3, 3], [4, 2, 3, 3, 3, 3, 3, 3, 3]);

  it('formula A (BKN): 27/27 = 100.00', () => {
    expect(computeJpm(example, 'BKN')).toBe(100);
  });

  it('formula B (strict): 26/27 = 96.30, a surplus cannot hide a deficit', () => {
    expect(computeJpm(example, 'STRICT')).toBe(96.3);
  });

  it('caps formula A at 100', () => {
    expect(computeJpm(pairs([2, 2], [5, 5]), 'BKN')).toBe(100);
  });

  it('rounds half up to 2 decimals', () => {
    // 1/8 = 12.5 exactly; 7/9 = 77.777… -> 77.78; 1/16 = 6.25; 1/32 = 3.125 -> 3.13
    expect(computeJpm(pairs([8], [1]), 'BKN')).toBe(12.5);
    expect(computeJpm(pairs([9], [7]), 'BKN')).toBe(77.78);
    expect(computeJpm(pairs([32], [1]), 'BKN')).toBe(3.13);
  });

  it('counts not assessed as 0', () => {
    expect(computeJpm(pairs([3, 3], [3, 0]), 'STRICT')).toBe(50);
  });

  it('gives IKK = 100 - JPM', () => {
    expect(gapIndex(96.3)).toBe(3.7);
  });
});

describe('categories (rounded before categorising)', () => {
  it('maps with the team-matrix scheme', () => {
    expect(mappingCategory(90)).toBe('OPTIMAL');
    expect(mappingCategory(89.99)).toBe('CUKUP_OPTIMAL');
    expect(mappingCategory(78)).toBe('CUKUP_OPTIMAL');
    expect(mappingCategory(77.99)).toBe('KURANG_OPTIMAL');
  });

  it('selects with the career-planner scheme', () => {
    expect(selectionCategory(80)).toBe('MEMENUHI_SYARAT');
    expect(selectionCategory(68)).toBe('MASIH_MEMENUHI_SYARAT');
    expect(selectionCategory(67.99)).toBe('KURANG_MEMENUHI_SYARAT');
  });

  it('categorises 77.995 (rounded to 78.00) as Cukup Optimal', () => {
    // 15599 / 20000 = 77.995 exactly: rounding first puts it in the middle class.
    expect(computeJpm(pairs([20000], [15599]), 'BKN')).toBe(78);
    expect(mappingCategory(computeJpm(pairs([20000], [15599]), 'BKN'))).toBe('CUKUP_OPTIMAL');
  });
});
