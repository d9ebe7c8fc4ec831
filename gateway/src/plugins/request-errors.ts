// Every refusal before planning carries a code: parse and validation errors, the limits' rejections (graphql-armor
// words them as "Syntax Error: … limit …" and gives no code), and variables of the wrong type, which the Rust
// planner would otherwise answer with no code at all (docs/architecture.md, "Planning", deviation 3). And no error
// says more than the client needs: graphql-yoga's `originalError` quotes the client's body, and a failed subgraph
// fetch names the subgraph, its URL and the request sent (`serviceName`, `request`).
import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { getOperationAST, getVariableValues, GraphQLError } from 'graphql';

const LIMIT = /(limit|max depth|cost)/i;

function withCode(error: GraphQLError, fallback: string): GraphQLError {
  if (error.extensions?.code) return error;
  const isLimit = LIMIT.test(error.message) && error.message.startsWith('Syntax Error:');
  const message = isLimit ? error.message.replace(/^Syntax Error:\s*/, '') : error.message;
  return new GraphQLError(message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    extensions: { ...error.extensions, code: isLimit ? 'QUERY_LIMIT_EXCEEDED' : fallback },
  });
}

/** The input path a coercion error names (`input.assessedOn`), else the variable's name. */
function fieldOf(error: GraphQLError): string | undefined {
  return /at "([^"]+)"/.exec(error.message)?.[1] ?? /Variable "\$(\w+)"/.exec(error.message)?.[1];
}

/** Extensions that describe our internals, never the client's request. */
const INTERNAL_EXTENSIONS = ['originalError', 'serviceName', 'subgraphName', 'request', 'response', 'stacktrace'];
const URL_IN_MESSAGE = /\b(https?:\/\/|\d{1,3}(\.\d{1,3}){3}:\d+)/i;

function sanitized(error: unknown): unknown {
  if (!(error instanceof GraphQLError)) return error;
  const leaks = INTERNAL_EXTENSIONS.some((key) => key in error.extensions) || URL_IN_MESSAGE.test(error.message);
  if (!leaks) return error;
  const { http, ...extensions } = error.extensions as Record<string, unknown> & { http?: { status?: number } };
  for (const key of INTERNAL_EXTENSIONS) delete extensions[key];
  // Still a GraphQLError with its status (a body that is not JSON is a 400 whatever the client accepts).
  return new GraphQLError(URL_IN_MESSAGE.test(error.message) ? 'A part of the answer is unavailable.' : error.message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    path: error.path,
    extensions: { ...extensions, ...(http && { http: { status: http.status } }) },
  });
}

export function useRequestErrors(): GatewayPlugin {
  return {
    onResultProcess({ result, setResult }) {
      const strip = (single: { errors?: readonly unknown[] }) =>
        single.errors ? { ...single, errors: single.errors.map(sanitized) } : single;
      if (Array.isArray(result)) setResult(result.map(strip) as typeof result);
      else if (result && typeof result === 'object' && 'errors' in result) setResult(strip(result) as typeof result);
    },
    onParse() {
      return ({ result, replaceParseResult }) => {
        if (result instanceof GraphQLError) replaceParseResult(withCode(result, 'GRAPHQL_PARSE_FAILED'));
      };
    },
    onValidate() {
      return ({ valid, result, setResult }) => {
        if (!valid) setResult(result.map((error) => withCode(error, 'GRAPHQL_VALIDATION_FAILED')));
      };
    },
    // Variables are checked per request, after validation (whose result is cached per document).
    onExecute({ args, setResultAndStopExecution }) {
      const operation = getOperationAST(args.document, args.operationName ?? undefined);
      if (!operation?.variableDefinitions?.length) return;
      const coerced = getVariableValues(args.schema, operation.variableDefinitions, args.variableValues ?? {});
      if (!coerced.errors) return;
      setResultAndStopExecution({
        errors: coerced.errors.map(
          (error) =>
            new GraphQLError(error.message, {
              nodes: error.nodes,
              extensions: {
                code: 'BAD_USER_INPUT',
                field: fieldOf(error),
                reason: 'VALUE_INVALID',
                http: { status: 400 },
              },
            }),
        ),
      });
    },
  };
}
