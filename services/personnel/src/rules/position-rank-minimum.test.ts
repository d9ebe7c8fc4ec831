import { describe, expect, it } from 'vitest';
import { defaultPppkGrade, pppkGradeMinimum, rankShortfall } from './position-rank-minimum.js';

const ahliMuda = {
  kind: 'FUNGSIONAL',
  functionalLevel: 'AHLI_MUDA',
  minGolonganRank: 11,
  minPppkGradeOverride: null,
} as const;
const pelaksana = { kind: 'PELAKSANA', functionalLevel: null, minGolonganRank: 5, minPppkGradeOverride: null } as const;
const jpt = { kind: 'JPT_PRATAMA', functionalLevel: null, minGolonganRank: 14, minPppkGradeOverride: null } as const;

describe('the rank a post asks for', () => {
  it('asks a PNS for the post’s minimum golongan: III/b (10) falls short of III/c (11), III/c meets it', () => {
    expect(rankShortfall('PNS', 10, ahliMuda)).toEqual({
      reason: 'GOLONGAN_BELOW_POSITION_MINIMUM',
      held: 'III/b',
      minimum: 'III/c',
    });
    expect(rankShortfall('PNS', 11, ahliMuda)).toBeNull();
  });

  it('asks a PPPK for the JF level’s grade (Ahli Muda XI), pelaksana grade V, and a JPT nothing', () => {
    expect(rankShortfall('PPPK', 10, ahliMuda)).toEqual({
      reason: 'PPPK_GRADE_BELOW_POSITION_MINIMUM',
      held: 'X',
      minimum: 'XI',
    });
    expect(rankShortfall('PPPK', 11, ahliMuda)).toBeNull();
    expect(rankShortfall('PPPK', 4, pelaksana)?.minimum).toBe('V');
    expect(rankShortfall('PPPK', 5, pelaksana)).toBeNull();
    expect(rankShortfall('PPPK', 1, jpt)).toBeNull();
  });

  it('asks a PPPK for the post’s own minimum when the administrator set one, over the level’s default', () => {
    const raised = { ...ahliMuda, minPppkGradeOverride: 12 };
    expect(rankShortfall('PPPK', 11, raised)).toEqual({
      reason: 'PPPK_GRADE_BELOW_POSITION_MINIMUM',
      held: 'XI',
      minimum: 'XII',
    });
    expect(rankShortfall('PPPK', 12, raised)).toBeNull();
    // Lowered below the default: grade X, refused by the table, may take the post up.
    expect(rankShortfall('PPPK', 10, { ...ahliMuda, minPppkGradeOverride: 10 })).toBeNull();
    // A JPT has no default, but an own value is checked.
    expect(rankShortfall('PPPK', 13, { ...jpt, minPppkGradeOverride: 14 })?.minimum).toBe('XIV');
    // The PNS golongan is untouched by it.
    expect(rankShortfall('PNS', 11, raised)).toBeNull();
  });

  it('falls back to the default by kind and level when the post has none', () => {
    const own = { ...ahliMuda, minPppkGradeOverride: 7 };
    expect(pppkGradeMinimum(ahliMuda)).toBe(11);
    expect(pppkGradeMinimum(own)).toBe(7);
    expect(defaultPppkGrade(own)).toBe(11);
    expect(pppkGradeMinimum(pelaksana)).toBe(5);
    expect(pppkGradeMinimum(jpt)).toBeNull();
  });
});
