// Turns what Apollo reports (GraphQL errors with extensions, or a failed request) into problems the UI names by
// code, so every page shows errors the same way and in the current language.
import type { GraphQLFormattedError } from 'graphql';

export const KNOWN_ERROR_CODES = [
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'CONFLICT',
  'RATE_LIMITED',
  'NETWORK',
  'UNKNOWN',
] as const;
export type ApiErrorCode = (typeof KNOWN_ERROR_CODES)[number];

export interface ApiProblem {
  code: ApiErrorCode;
  /** The input field at fault (`input.items.0.sessionId`), for BAD_USER_INPUT. */
  field?: string;
  /** The server's message, already in the language the request asked for. */
  detail?: string;
}

interface ApolloLikeError {
  graphQLErrors?: readonly GraphQLFormattedError[];
  networkError?: (Error & { statusCode?: number; result?: unknown }) | null;
}

function codeOf(value: unknown): ApiErrorCode {
  return KNOWN_ERROR_CODES.find((code) => code === value) ?? 'UNKNOWN';
}

function fromGraphql(error: GraphQLFormattedError): ApiProblem {
  const extensions = error.extensions ?? {};
  const field = typeof extensions.field === 'string' ? extensions.field : undefined;
  return { code: codeOf(extensions.code), ...(field && { field }), detail: error.message };
}

function fromNetwork(error: NonNullable<ApolloLikeError['networkError']>): ApiProblem[] {
  const result = error.result as { errors?: GraphQLFormattedError[] } | undefined;
  if (Array.isArray(result?.errors) && result.errors.length > 0) return result.errors.map(fromGraphql);
  if (error.statusCode === 429) return [{ code: 'RATE_LIMITED' }];
  if (error.statusCode === 401) return [{ code: 'UNAUTHENTICATED' }];
  return [{ code: 'NETWORK' }];
}

export function describeApiError(error: unknown): ApiProblem[] {
  const apollo = error as ApolloLikeError | null;
  if (apollo?.graphQLErrors && apollo.graphQLErrors.length > 0) return apollo.graphQLErrors.map(fromGraphql);
  if (apollo?.networkError) return fromNetwork(apollo.networkError);
  if (error instanceof Error) return [{ code: 'UNKNOWN', detail: error.message }];
  return [{ code: 'UNKNOWN' }];
}

/** The server's message for a bad input of `field` or of a part of it (`input.competencies.0.maxLevel`), if any. */
export function fieldProblem(error: unknown, field: string): string | null {
  if (!error) return null;
  const problem = describeApiError(error).find(
    (candidate) => candidate.field === field || candidate.field?.startsWith(`${field}.`),
  );
  return problem ? (problem.detail ?? problem.code) : null;
}

/** Attributes for an input the API refused: marked invalid and pointing at the element that shows the reason. */
export function refusalAttributes(error: unknown, field: string, describedBy: string) {
  return fieldProblem(error, field) ? { 'aria-invalid': true, 'aria-describedby': describedBy } : {};
}
