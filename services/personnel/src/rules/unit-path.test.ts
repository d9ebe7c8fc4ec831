import { describe, expect, it } from 'vitest';
import { subtreeRange } from './unit-path.js';

const inside = (path: string, range: { from: string; to: string }) => path >= range.from && path < range.to;

describe('subtreeRange', () => {
  const range = subtreeRange('/000001/000002/');

  it('holds the unit and every descendant', () => {
    expect(inside('/000001/000002/', range)).toBe(true);
    expect(inside('/000001/000002/000017/', range)).toBe(true);
    expect(inside('/000001/000002/000017/999999/', range)).toBe(true);
  });

  it('leaves out the parent, siblings and units whose id merely starts with the same digits', () => {
    expect(inside('/000001/', range)).toBe(false);
    expect(inside('/000001/000003/', range)).toBe(false);
    expect(inside('/000001/000001/000002/', range)).toBe(false);
    expect(inside('/000001/000020/', range)).toBe(false);
  });

  it('refuses a path without its closing separator', () => {
    expect(() => subtreeRange('/000001/000002')).toThrow();
  });
});
