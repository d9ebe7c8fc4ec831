import { describe, expect, it } from 'vitest';
import { describeApiError, fieldProblem } from './describeApiError';

describe('describeApiError', () => {
  it('names a bad input by code and field, with the server message', () => {
    const error = {
      graphQLErrors: [
        { message: 'Sesi sudah penuh', extensions: { code: 'BAD_USER_INPUT', field: 'input.items.0.sessionId' } },
      ],
    };
    expect(describeApiError(error)).toEqual([
      { code: 'BAD_USER_INPUT', field: 'input.items.0.sessionId', detail: 'Sesi sudah penuh' },
    ]);
  });

  it('keeps FORBIDDEN and CONFLICT apart and maps unknown codes to UNKNOWN', () => {
    const error = {
      graphQLErrors: [
        { message: 'no', extensions: { code: 'FORBIDDEN' } },
        { message: 'dup', extensions: { code: 'CONFLICT' } },
        { message: 'Unexpected error.', extensions: { code: 'INTERNAL_SERVER_ERROR' } },
      ],
    };
    expect(describeApiError(error).map((problem) => problem.code)).toEqual(['FORBIDDEN', 'CONFLICT', 'UNKNOWN']);
  });

  it('reads GraphQL errors carried by a failed HTTP response', () => {
    const networkError = Object.assign(new Error('Response not successful'), {
      statusCode: 429,
      result: { errors: [{ message: 'Too many requests', extensions: { code: 'RATE_LIMITED' } }] },
    });
    expect(describeApiError({ graphQLErrors: [], networkError })).toEqual([
      { code: 'RATE_LIMITED', detail: 'Too many requests' },
    ]);
  });

  it('reports an unreachable server as NETWORK', () => {
    expect(describeApiError({ graphQLErrors: [], networkError: new TypeError('Failed to fetch') })).toEqual([
      { code: 'NETWORK' },
    ]);
  });

  it('finds the message for a field or a part of it, and nothing for another field', () => {
    const error = {
      graphQLErrors: [
        { message: 'Kode sudah dipakai', extensions: { code: 'BAD_USER_INPUT', field: 'input.code' } },
        { message: 'Level 1–5', extensions: { code: 'BAD_USER_INPUT', field: 'input.competencies.1.maxLevel' } },
      ],
    };
    expect(fieldProblem(error, 'input.code')).toBe('Kode sudah dipakai');
    expect(fieldProblem(error, 'input.competencies')).toBe('Level 1–5');
    expect(fieldProblem(error, 'input.co')).toBeNull();
    expect(fieldProblem(null, 'input.code')).toBeNull();
  });
});
