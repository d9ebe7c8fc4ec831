import { describe, expect, it } from 'vitest';
import { gapSeverity } from './gap-severity.js';

describe('gapSeverity', () => {
  it('grades a gap: met at or above the standard, minor one level short, major beyond', () => {
    expect(gapSeverity(3 - 3)).toBe('MET');
    expect(gapSeverity(4 - 3)).toBe('MET');
    expect(gapSeverity(2 - 3)).toBe('MINOR');
    expect(gapSeverity(0 - 3)).toBe('MAJOR');
  });

  it('grades a required level 1 not assessed (level 0) as minor, and the widest gap (0 of 5) as major', () => {
    expect(gapSeverity(0 - 1)).toBe('MINOR');
    expect(gapSeverity(0 - 5)).toBe('MAJOR');
  });
});
