import { describe, expect, it } from 'vitest';
import { rankShortfall } from './position-rank-minimum.js';

const ahliMuda = { kind: 'FUNGSIONAL', functionalLevel: 'AHLI_MUDA', minGolonganRank: 11 } as const;
const pelaksana = { kind: 'PELAKSANA', functionalLevel: null, minGolonganRank: 5 } as const;
const jpt = { kind: 'JPT_PRATAMA', functionalLevel: null, minGolonganRank: 14 } as const;

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
});
