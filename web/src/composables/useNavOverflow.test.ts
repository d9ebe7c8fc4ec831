import { describe, expect, it } from 'vitest';
import { fittingCount } from './useNavOverflow';

describe('fittingCount', () => {
  it('shows every link when all fit, without the More button', () => {
    // 100 + 120 + 80 = 300 px in 300 px.
    expect(fittingCount([100, 120, 80], 300, 70)).toBe(3);
  });

  it('keeps room for the More button once one link does not fit', () => {
    // 300 px: More 70 + 100 + 120 = 290 fits, + 80 = 370 does not: two links, the third behind More.
    expect(fittingCount([100, 120, 80], 299, 70)).toBe(2);
  });

  it('may show no link at all beside More in a very narrow bar', () => {
    expect(fittingCount([100, 120], 150, 70)).toBe(0);
  });
});
