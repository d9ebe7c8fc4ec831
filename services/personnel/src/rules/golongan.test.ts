import { describe, expect, it } from 'vitest';
import { GOLONGAN, golonganOfRank, golonganRank, parseGolongan } from './golongan.js';

describe('golongan (docs/domain.md, 17 ranks)', () => {
  it('has 17 ranks from I/a Juru Muda to IV/e Pembina Utama', () => {
    expect(GOLONGAN).toHaveLength(17);
    expect(golonganOfRank(1)).toMatchObject({ label: 'I/a', pangkat: 'Juru Muda' });
    expect(golonganOfRank(17)).toMatchObject({ label: 'IV/e', pangkat: 'Pembina Utama' });
  });

  it('orders III/a after II/d and before IV/a', () => {
    expect(golonganRank('II_D')).toBe(8);
    expect(golonganRank('III_A')).toBe(9);
    expect(golonganRank('IV_A')).toBe(13);
    expect(golonganOfRank(12).pangkat).toBe('Penata Tingkat I');
  });

  it('reads a golongan written as on a decree or as a code', () => {
    expect(parseGolongan('III/a')).toBe('III_A');
    expect(parseGolongan('iv_b')).toBe('IV_B');
    expect(parseGolongan('V/a')).toBeUndefined();
  });

  it('refuses a rank outside 1-17', () => {
    expect(() => golonganOfRank(18)).toThrow(RangeError);
  });
});
