import { describe, expect, it } from 'vitest';
import { signedGap } from './signedGap';

describe('signedGap', () => {
  it('marks a surplus with a plus and leaves a shortfall and zero as formatted', () => {
    expect(signedGap('0,50', 0.5)).toBe('+0,50');
    expect(signedGap('-1,25', -1.25)).toBe('-1,25');
    expect(signedGap('0', 0)).toBe('0');
  });
});
