import { describe, expect, it } from 'vitest';
import { percentOf } from './useCareerTarget';

describe('percentOf', () => {
  it('rounds the share to whole percent', () => {
    expect(percentOf(10, 12)).toBe(83);
    expect(percentOf(24, 344)).toBe(7);
  });

  it('counts nothing to meet as complete', () => {
    expect(percentOf(0, 0)).toBe(100);
  });
});
