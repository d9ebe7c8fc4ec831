import { describe, expect, it } from 'vitest';
import { categoryTone, certificateTone, gapSeverity } from './tones';

describe('tones', () => {
  it('colours JPM categories from good to bad', () => {
    expect((['OPTIMAL', 'CUKUP_OPTIMAL', 'KURANG_OPTIMAL'] as const).map(categoryTone)).toEqual([
      'success',
      'warning',
      'danger',
    ]);
    expect(categoryTone('MASIH_MEMENUHI_SYARAT')).toBe('warning');
  });

  it('marks an expiring certificate as a warning and an expired one as danger', () => {
    expect(certificateTone('EXPIRING')).toBe('warning');
    expect(certificateTone('EXPIRED')).toBe('danger');
  });

  it('grades a gap: met at or above the standard, minor one level short, major beyond', () => {
    expect(gapSeverity(3, 3)).toBe('met');
    expect(gapSeverity(4, 3)).toBe('met');
    expect(gapSeverity(2, 3)).toBe('minor');
    expect(gapSeverity(0, 3)).toBe('major');
  });
});
