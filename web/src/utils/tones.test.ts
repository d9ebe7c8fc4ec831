import { describe, expect, it } from 'vitest';
import { categoryTone, certificateTone, gapTone } from './tones';

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

  it("colours a gap by the API's severity from good to bad", () => {
    expect((['MET', 'MINOR', 'MAJOR'] as const).map(gapTone)).toEqual(['success', 'warning', 'danger']);
  });
});
