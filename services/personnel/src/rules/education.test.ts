import { describe, expect, it } from 'vitest';
import { meetsEducation } from './education.js';

describe('meetsEducation', () => {
  it('treats D4 and S1 as the same step', () => {
    expect(meetsEducation('D4', 'S1')).toBe(true);
    expect(meetsEducation('S1', 'D4')).toBe(true);
  });

  it('orders D3 below S1 and S2 above it', () => {
    expect(meetsEducation('D3', 'S1')).toBe(false);
    expect(meetsEducation('S2', 'S1')).toBe(true);
    expect(meetsEducation('SMA', 'D3')).toBe(false);
  });
});
