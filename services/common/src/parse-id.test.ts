import { describe, expect, it } from 'vitest';
import { parseId } from './parse-id.js';

describe('parseId', () => {
  it('reads a positive decimal id', () => {
    expect(parseId('34', 'id')).toBe(34);
    expect(parseId(7, 'id')).toBe(7);
  });

  it.each(['0x22', 'abc', '', ' 7', '7 ', '1e3', '-1', '0', '007', '1.0', '99999999999999999', '３４'])(
    'refuses %j as BAD_USER_INPUT with the field and reason ID_INVALID',
    (value) => {
      expect(() => parseId(value, 'input.enrolmentId')).toThrowError(
        expect.objectContaining({
          extensions: expect.objectContaining({
            code: 'BAD_USER_INPUT',
            field: 'input.enrolmentId',
            reason: 'ID_INVALID',
          }),
        }),
      );
    },
  );
});
