import { describe, expect, it } from 'vitest';
import type { AssessmentFact, CurrentLevel } from './current-level.js';
import { gapsBelowStandard, matchPosition } from './position-match.js';

const level = (competencyId: number, value: number): CurrentLevel<AssessmentFact> => ({
  competencyId,
  level: value,
  stale: false,
  assessment: { id: competencyId, competencyId, level: value, source: 'MANAGER', assessedOn: '2026-01-10' },
});

describe('matchPosition', () => {
  // docs/domain.md's worked example: required (3 × 9), current (4,2,3,3,3,3,3,3,3).
  const standard = Array.from({ length: 9 }, (_, index) => ({ competencyId: index + 1, requiredLevel: 3 }));
  const levels = [4, 2, 3, 3, 3, 3, 3, 3, 3].map((value, index) => level(index + 1, value));

  it('gives BKN 100.00 and STRICT 96.30 on the worked example', () => {
    expect(matchPosition(standard, levels, 'BKN').jpm).toBe(100);
    expect(matchPosition(standard, levels, 'STRICT').jpm).toBe(96.3);
  });

  it('gives each required competency its gap, current − required', () => {
    const { lines } = matchPosition(standard, levels, 'BKN');
    expect(lines.slice(0, 3).map((line) => line.gap)).toEqual([1, -1, 0]);
  });

  it('counts a competency never assessed as level 0 with no source', () => {
    const { lines, jpm } = matchPosition([{ competencyId: 12, requiredLevel: 2 }], [level(1, 5)], 'BKN');
    expect(lines).toEqual([{ competencyId: 12, requiredLevel: 2, currentLevel: 0, gap: -2, current: null }]);
    expect(jpm).toBe(0);
  });
});

describe('gapsBelowStandard', () => {
  it('keeps only the competencies below standard, in the standard’s order', () => {
    const standard = [1, 2, 3].map((competencyId) => ({ competencyId, requiredLevel: 3 }));
    const { lines } = matchPosition(standard, [level(1, 1), level(2, 3), level(3, 4)], 'BKN');
    expect(gapsBelowStandard(lines)).toEqual([{ competencyId: '1', requiredLevel: 3, currentLevel: 1, gap: -2 }]);
    const unassessed = matchPosition([{ competencyId: 7, requiredLevel: 2 }], [], 'BKN').lines;
    expect(gapsBelowStandard(unassessed)).toEqual([{ competencyId: '7', requiredLevel: 2, currentLevel: 0, gap: -2 }]);
  });
});
