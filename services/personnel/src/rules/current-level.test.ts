import { describe, expect, it } from 'vitest';
import { currentLevels, isStale, levelOf, type AssessmentFact } from './current-level.js';

const TODAY = '2026-11-25';
let nextId = 1;
function fact(competencyId: number, level: number, source: AssessmentFact['source'], assessedOn: string) {
  return { id: nextId++, competencyId, level, source, assessedOn };
}

describe('currentLevels (assessment centre over manager over self, then latest)', () => {
  it('prefers an older assessment-centre result over a newer manager or self rating', () => {
    const levels = currentLevels(
      [
        fact(1, 3, 'ASSESSMENT_CENTER', '2024-02-01'),
        fact(1, 4, 'MANAGER', '2026-01-10'),
        fact(1, 5, 'SELF', '2026-06-01'),
      ],
      TODAY,
      3,
    );
    expect(levels).toHaveLength(1);
    expect(levels[0]).toMatchObject({ competencyId: 1, level: 3, stale: false });
  });

  it('prefers a manager rating over self-assessment, and the latest within a source', () => {
    const levels = currentLevels(
      [fact(2, 2, 'SELF', '2026-05-01'), fact(2, 3, 'MANAGER', '2025-01-01'), fact(2, 4, 'MANAGER', '2025-06-01')],
      TODAY,
      3,
    );
    expect(levels[0]?.level).toBe(4);
  });

  it('takes the later record of two on the same day from the same source', () => {
    const levels = currentLevels([fact(3, 2, 'SELF', '2026-01-01'), fact(3, 3, 'SELF', '2026-01-01')], TODAY, 3);
    expect(levels[0]?.level).toBe(3);
  });

  it('counts a competency never assessed as 0', () => {
    const levels = currentLevels([fact(1, 3, 'SELF', '2026-01-01')], TODAY, 3);
    expect(levelOf(levels, 1)).toBe(3);
    expect(levelOf(levels, 9)).toBe(0);
  });

  it('marks a result stale once the agency validity has passed, and keeps it current', () => {
    const levels = currentLevels([fact(1, 3, 'ASSESSMENT_CENTER', '2023-11-25')], TODAY, 3);
    expect(levels[0]).toMatchObject({ level: 3, stale: true });
  });
});

describe('isStale', () => {
  it('is valid up to the day before the anniversary and stale from it', () => {
    expect(isStale('2023-11-26', TODAY, 3)).toBe(false);
    expect(isStale('2023-11-25', TODAY, 3)).toBe(true);
  });

  it('follows the agency setting', () => {
    expect(isStale('2023-11-25', TODAY, 5)).toBe(false);
  });
});
