import { describe, expect, it } from 'vitest';
import { fieldErrorOf } from './fieldError';

const refusal = (code: string, field?: string) => ({
  graphQLErrors: [{ message: 'Unit tidak dapat dipindahkan.', extensions: { code, ...(field && { field }) } }],
});

describe('fieldErrorOf', () => {
  it('gives the server’s message for a refused field the form shows', () => {
    expect(fieldErrorOf(refusal('BAD_USER_INPUT', 'input.parentId'), ['input.parentId'])).toBe(
      'Unit tidak dapat dipindahkan.',
    );
  });

  it('gives nothing for another field, another code or no error', () => {
    expect(fieldErrorOf(refusal('BAD_USER_INPUT', 'input.name'), ['input.parentId'])).toBe('');
    expect(fieldErrorOf(refusal('FORBIDDEN'), ['input.parentId'])).toBe('');
    expect(fieldErrorOf(null, ['input.parentId'])).toBe('');
  });
});
