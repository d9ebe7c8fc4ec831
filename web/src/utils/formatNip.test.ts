import { describe, expect, it } from 'vitest';
import { formatNip } from './formatNip';

describe('formatNip', () => {
  it('groups a NIP 8-6-1-3', () => {
    expect(formatNip('196608011988031001')).toBe('19660801 198803 1 001');
  });

  it('accepts a NIP already grouped or dotted', () => {
    expect(formatNip('19660801 198803 1 001')).toBe('19660801 198803 1 001');
    expect(formatNip('19660801.198803.1.001')).toBe('19660801 198803 1 001');
  });

  it('leaves a value that is not 18 digits as it is', () => {
    expect(formatNip('12345')).toBe('12345');
  });
});
