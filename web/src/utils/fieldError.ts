// The server's reason for refusing one input field, to show beside that field rather than in a general alert.
import { describeApiError } from './describeApiError';

/** The message of the first BAD_USER_INPUT problem on one of `fields` (`input.parentId`), or ''. */
export function fieldErrorOf(error: unknown, fields: readonly string[]): string {
  if (!error) return '';
  const problem = describeApiError(error).find(
    (candidate) => candidate.code === 'BAD_USER_INPUT' && !!candidate.field && fields.includes(candidate.field),
  );
  return problem?.detail ?? '';
}
