import { describe, expect, it } from 'vitest';
import { closesGap, levelsClosed } from './training-level.js';

describe('what a training closes for one person', () => {
  it('closes up to the level it develops to, never past the required level', () => {
    expect(levelsClosed(1, 3, 2)).toBe(1);
    expect(levelsClosed(0, 3, 5)).toBe(3);
    expect(levelsClosed(2, 3, 2)).toBe(0);
    expect(levelsClosed(3, 3, 5)).toBe(0);
    expect(levelsClosed(4, 3, 5)).toBe(0);
  });

  it('closes the whole gap only when it develops to the required level (the career planner’s pick)', () => {
    expect(closesGap(1, 3, 3)).toBe(true);
    expect(closesGap(1, 3, 4)).toBe(true);
    expect(closesGap(1, 3, 2)).toBe(false);
    expect(closesGap(3, 3, 5)).toBe(false);
  });
});
