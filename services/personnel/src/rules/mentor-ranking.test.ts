import { describe, expect, it } from 'vitest';
import {
  mentorLevelShortfalls,
  mentoringTarget,
  rankMentors,
  unitDistance,
  type MentorCandidate,
} from './mentor-ranking.js';

const candidate = (over: Partial<MentorCandidate> & { employeeId: number }): MentorCandidate => ({
  name: `Pegawai ${over.employeeId}`,
  golonganRank: 13,
  positionLevel: 6,
  level: 4,
  stale: false,
  unitPath: '/000001/000002/',
  activeMentees: 0,
  ...over,
});
// A Pelaksana (level 2) in III/a (rank 9) of unit 3 under unit 2 under unit 1.
const mentee = { employeeId: 1, golonganRank: 9, positionLevel: 2, unitPath: '/000001/000002/000003/' };

describe('unitDistance', () => {
  it('counts the steps through the closest common ancestor', () => {
    expect(unitDistance('/000001/000002/000003/', '/000001/000002/000003/')).toBe(0);
    expect(unitDistance('/000001/000002/000003/', '/000001/000002/')).toBe(1);
    expect(unitDistance('/000001/000002/000003/', '/000001/000004/')).toBe(3);
    expect(unitDistance('/000001/', '/000009/')).toBe(2);
  });
});

describe('mentoringTarget', () => {
  it("is the mentee's required level, or one above their own (at most 5) where the standard is silent", () => {
    expect(mentoringTarget(3, 1)).toBe(3);
    expect(mentoringTarget(undefined, 2)).toBe(3);
    expect(mentoringTarget(undefined, 5)).toBe(5);
  });
});

describe('rankMentors', () => {
  it('keeps only assessed, fresh, senior colleagues at or above the target with a free slot', () => {
    const ranked = rankMentors(mentee, 3, 3, [
      candidate({ employeeId: 1 }), // the mentee
      candidate({ employeeId: 2, level: 2 }), // below target
      candidate({ employeeId: 3, stale: true }), // stale
      candidate({ employeeId: 4, activeMentees: 3 }), // at the limit
      candidate({ employeeId: 5, golonganRank: 9, positionLevel: 2 }), // not senior
      candidate({ employeeId: 6, golonganRank: 9, positionLevel: 5 }), // senior by position only
      candidate({ employeeId: 7, level: 0 }), // not assessed
    ]);
    expect(ranked.map((facts) => facts.employeeId)).toEqual([6]);
  });

  it('ranks by level, then proximity, then free slots, then seniority', () => {
    const ranked = rankMentors(mentee, 3, 3, [
      candidate({ employeeId: 10, level: 3, unitPath: '/000001/000002/000003/' }),
      candidate({ employeeId: 11, level: 5, unitPath: '/000001/000004/' }),
      candidate({ employeeId: 12, level: 4, unitPath: '/000001/000004/', activeMentees: 2 }),
      candidate({ employeeId: 13, level: 4, unitPath: '/000001/000004/', activeMentees: 0, golonganRank: 12 }),
      candidate({ employeeId: 14, level: 4, unitPath: '/000001/000004/', activeMentees: 0, golonganRank: 14 }),
      candidate({ employeeId: 15, level: 4, unitPath: '/000001/000002/' }),
    ]);
    expect(ranked.map((facts) => [facts.employeeId, facts.unitDistance, facts.freeSlots])).toEqual([
      [11, 3, 3],
      [15, 1, 3],
      [14, 3, 3],
      [13, 3, 3],
      [12, 3, 1],
      [10, 0, 3],
    ]);
  });
});

describe('mentorLevelShortfalls', () => {
  it("warns on each focus competency the mentor holds below the mentee's target, stale counting as 0", () => {
    const standard = [
      { competencyId: 1, requiredLevel: 3 },
      { competencyId: 2, requiredLevel: 2 },
    ];
    const mentorLevels = [
      { competencyId: 1, level: 2, stale: false },
      { competencyId: 2, level: 4, stale: true },
      { competencyId: 3, level: 3, stale: false },
    ];
    const menteeLevels = [{ competencyId: 3, level: 2, stale: false }];
    expect(mentorLevelShortfalls([1, 2, 3], standard, mentorLevels, menteeLevels)).toEqual([
      { competencyId: 1, mentorLevel: 2, targetLevel: 3 },
      { competencyId: 2, mentorLevel: 0, targetLevel: 2 },
    ]);
  });
});
