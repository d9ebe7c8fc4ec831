import { describe, expect, it } from 'vitest';
import { isTalentPool, talentBoxNumber, talentGridCells } from './talentGrid';

describe('talent 9-box numbering', () => {
  it('numbers the boxes as the regulation’s table does', () => {
    expect(talentBoxNumber('DI_ATAS', 'TINGGI')).toBe(9);
    expect(talentBoxNumber('SESUAI', 'TINGGI')).toBe(8);
    expect(talentBoxNumber('DI_ATAS', 'MENENGAH')).toBe(7);
    expect(talentBoxNumber('DI_BAWAH', 'TINGGI')).toBe(6);
    expect(talentBoxNumber('SESUAI', 'MENENGAH')).toBe(5);
    expect(talentBoxNumber('DI_ATAS', 'RENDAH')).toBe(4);
    expect(talentBoxNumber('DI_BAWAH', 'MENENGAH')).toBe(3);
    expect(talentBoxNumber('SESUAI', 'RENDAH')).toBe(2);
    expect(talentBoxNumber('DI_BAWAH', 'RENDAH')).toBe(1);
  });

  it('lays the grid out with 9 top-right and 1 bottom-left, not row by row', () => {
    expect(talentGridCells().map((cell) => cell.box)).toEqual([6, 8, 9, 3, 5, 7, 1, 2, 4]);
  });

  it('puts boxes 7 to 9 in the talent pool', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9].filter(isTalentPool)).toEqual([7, 8, 9]);
  });
});
