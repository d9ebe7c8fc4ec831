import { describe, expect, it } from 'vitest';
import { DomainError } from './errors.js';
import { defineReasons } from './reasons.js';

const { message, invalid, missing } = defineReasons({
  TOO_LONG: { id: 'Maksimal {max} huruf.', en: 'At most {max} characters.' },
  CODE_CHARACTERS: { reason: 'VALUE_INVALID', id: 'Kode tidak valid.', en: 'Not a valid code.' },
});

describe('defineReasons', () => {
  it('fills the params into both languages and leaves unknown ones visible', () => {
    expect(message('TOO_LONG', { max: 10 })).toEqual({ id: 'Maksimal 10 huruf.', en: 'At most 10 characters.' });
    expect(message('TOO_LONG')).toEqual({ id: 'Maksimal {max} huruf.', en: 'At most {max} characters.' });
  });

  it('raises BAD_USER_INPUT with the field, the reason code and the details', () => {
    const error = invalid('input.name', 'TOO_LONG', { max: 3 }, { max: 3 });
    expect(error).toBeInstanceOf(DomainError);
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.name', reason: 'TOO_LONG', max: 3 });
    expect(error.message).toBe('At most 3 characters.');
  });

  it('raises NOT_FOUND with the field and the message', () => {
    expect(missing('input.id', 'CODE_CHARACTERS').extensions).toMatchObject({ code: 'NOT_FOUND', field: 'input.id' });
  });

  it('uses the shared code an entry names', () => {
    expect(invalid('input.code', 'CODE_CHARACTERS').extensions).toMatchObject({ reason: 'VALUE_INVALID' });
  });
});
