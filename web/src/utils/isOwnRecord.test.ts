import { describe, expect, it } from 'vitest';
import { isOwnRecord } from './isOwnRecord';

describe('isOwnRecord', () => {
  it('is true only for the viewer’s own employee', () => {
    expect(isOwnRecord('31', '31')).toBe(true);
    expect(isOwnRecord('31', '32')).toBe(false);
  });

  it('is false for a viewer without an employee record', () => {
    expect(isOwnRecord(null, '31')).toBe(false);
    expect(isOwnRecord(undefined, '31')).toBe(false);
  });
});
