// Errors are codes: a DomainError carries its code, the offending field and a message in Indonesian and English.
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import type { Logger } from './logger.js';

export type Language = 'id' | 'en';
export type LocalizedMessage = Record<Language, string>;

/** Codes the plumbing itself raises; each subgraph declares its own in its errors.ts. */
export const CommonErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  CONFLICT: 'CONFLICT',
} as const;

export interface DomainErrorOptions {
  /** The input field at fault, as a dotted path (`input.nip`). */
  field?: string;
  /** The reason as a code of its own (`NIP_INVALID`), when the code is a generic one. */
  reason?: string;
  /** Extra facts the client may show (line numbers of a CSV import, limits). */
  details?: Record<string, unknown>;
}

export class DomainError extends GraphQLError {
  constructor(code: string, message: LocalizedMessage, options: DomainErrorOptions = {}) {
    super(message.en, {
      extensions: {
        code,
        ...(options.field !== undefined && { field: options.field }),
        ...(options.reason !== undefined && { reason: options.reason }),
        ...(options.details !== undefined && options.details),
        messages: message,
      },
    });
  }
}

/** Bad input: BAD_USER_INPUT with the field and a reason code. */
export function badInput(field: string, reason: string, message: LocalizedMessage, details?: Record<string, unknown>) {
  return new DomainError(CommonErrorCode.BAD_USER_INPUT, message, { field, reason, details });
}

export function notFound(field: string, message: LocalizedMessage) {
  return new DomainError(CommonErrorCode.NOT_FOUND, message, { field });
}

/** The client's language from Accept-Language: Indonesian when it is preferred, English otherwise. */
export function pickLanguage(acceptLanguage: string | undefined): Language {
  if (!acceptLanguage) return 'en';
  const ranked = acceptLanguage
    .split(',')
    .map((part) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { tag: tag.toLowerCase(), q: q ? Number(q.slice(2)) : 1 };
    })
    .filter((entry) => entry.tag.startsWith('id') || entry.tag.startsWith('en'))
    .sort((a, b) => b.q - a.q);
  return ranked[0]?.tag.startsWith('id') ? 'id' : 'en';
}

/** Puts the message in the request's language, and drops the bilingual table from the wire. */
export function localizeError(error: GraphQLFormattedError, language: Language): GraphQLFormattedError {
  const messages = error.extensions?.messages as LocalizedMessage | undefined;
  if (!messages) return error;
  const { messages: _dropped, ...extensions } = error.extensions ?? {};
  return { ...error, message: messages[language], extensions };
}

const PASS_THROUGH_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
]);

/** Apollo Server's formatError: domain errors and GraphQL's own pass, anything else is logged and masked. */
/** A variable that did not coerce (`Variable "$input" got invalid value … at "input.assessedOn"`) names its field. */
function withVariableField(formatted: GraphQLFormattedError): GraphQLFormattedError {
  if (formatted.extensions?.field !== undefined || !formatted.message.startsWith('Variable "$')) return formatted;
  const field = /at "([^"]+)"/.exec(formatted.message)?.[1] ?? /Variable "\$(\w+)"/.exec(formatted.message)?.[1];
  return { ...formatted, extensions: { ...formatted.extensions, field, reason: 'VALUE_INVALID' } };
}

export function createErrorFormatter(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (original instanceof DomainError) return formatted;
    if (formatted.extensions?.code === 'BAD_USER_INPUT') return withVariableField(formatted);
    const code = formatted.extensions?.code;
    if (
      typeof code === 'string' &&
      PASS_THROUGH_CODES.has(code) &&
      !(original instanceof Error && !(original instanceof GraphQLError))
    ) {
      return formatted;
    }
    logger.error({ err: original, path: formatted.path }, 'unexpected error');
    return {
      message: 'Internal server error',
      path: formatted.path,
      locations: formatted.locations,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}
