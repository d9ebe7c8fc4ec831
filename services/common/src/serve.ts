// Serves a subgraph over node:http: /graphql through Apollo Server, /health (liveness), /ready (database reachable),
// /debug/stats when enabled, and a graceful stop on SIGTERM that finishes requests in flight.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer, HeaderMap, type ApolloServerPlugin, type BaseContext } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { GraphQLSchema } from 'graphql';
import type { DataSource } from 'typeorm';
import { runAs } from './audit/audit-context.js';
import { boundedInputPlugin } from './bounded-input.js';
import { IDENTITY_HEADER, verifyIdentity, type Identity } from './auth-context.js';
import {
  CommonErrorCode,
  DomainError,
  createErrorFormatter,
  localizeError,
  pickLanguage,
  type Language,
} from './errors.js';
import type { Logger } from './logger.js';
import type { SqlStatementCounter } from './sql-counter.js';

export interface RequestInfo {
  identity: Identity;
  language: Language;
  /** Demo mode (DEMO_SIGN_IN): only then do demo-only fields (the demo users, sign-in profiles) answer. */
  demo?: boolean;
}

export interface ServeOptions<TContext extends BaseContext & RequestInfo> {
  name: string;
  schema: GraphQLSchema;
  dataSource: DataSource;
  logger: Logger;
  port: number;
  host: string;
  /** Secret shared with the gateway; requests without a valid identity it signed get 401. */
  identitySecret: string;
  createContext: (request: RequestInfo) => TContext;
  /** Demo mode: demo-only fields answer. */
  demo?: boolean;
  maxBodyBytes?: number;
  /** When set, GET /debug/stats reports it (tests count SQL statements and fetches across processes). */
  statementCounter?: SqlStatementCounter;
}

export interface RunningSubgraph {
  server: Server;
  url: string;
  stop: () => Promise<void>;
}

const DEFAULT_MAX_BODY_BYTES = 1_000_000;
const DRAIN_GRACE_MS = 300;

class PayloadTooLargeError extends Error {}

function readBody(request: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        reject(new PayloadTooLargeError());
        request.destroy();
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  response.end(JSON.stringify(body));
}

function toHeaderMap(request: IncomingMessage): HeaderMap {
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(request.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  return headers;
}

/** Puts each error's message in the request's language (Accept-Language, forwarded by the gateway). */
function localizeErrorsPlugin(): ApolloServerPlugin<BaseContext & RequestInfo> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind !== 'single' || !response.body.singleResult.errors) return;
          response.body.singleResult.errors = response.body.singleResult.errors.map((error) =>
            localizeError(error, contextValue.language),
          );
        },
      };
    },
  };
}

/** The gateway's own identity reads (its look-ups) and never writes, in every subgraph, whatever a policy says. */
function systemReadsOnlyPlugin(): ApolloServerPlugin<BaseContext & RequestInfo> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue }) {
          if (contextValue.identity.kind === 'system' && operation?.operation !== 'query') {
            throw new DomainError(CommonErrorCode.FORBIDDEN, {
              id: 'Identitas gateway hanya boleh membaca.',
              en: "The gateway's own identity may only read.",
            });
          }
        },
      };
    },
  };
}

/** The Apollo Server of a subgraph: errors formatted and masked, messages localized. Started by the caller. */
export function createApolloServer<TContext extends BaseContext & RequestInfo>(schema: GraphQLSchema, logger: Logger) {
  // The subgraph refuses what the gateway would, in case a request reaches it another way. The limits sit above the
  // gateway's (MAX_DEPTH 12, 30 aliases) because the planner's own entity queries add a level and some aliases.
  // Document size is bounded by MAX_BODY_BYTES instead of armor's token limit, whose parser turns a syntax error
  // into a 500.
  const armor = new ApolloArmor({
    maxDepth: { n: 16, flattenFragments: true },
    maxAliases: { n: 60 },
    maxTokens: { enabled: false },
    costLimit: { maxCost: 50_000 },
    blockFieldSuggestion: { enabled: true },
  }).protect();
  return new ApolloServer<TContext>({
    schema,
    formatError: createErrorFormatter(logger),
    validationRules: armor.validationRules,
    includeStacktraceInErrorResponses: false,
    // Outside NODE_ENV=test Apollo stops itself on SIGTERM and signals again, which stopped the server before the
    // requests in flight had run and ended the process without draining (the cluster load test's graceful variant):
    // stopOnSignals drains, then stops it.
    stopOnTerminationSignals: false,
    // No cache hints are used, so the cache-control plugin (on by default, hooking every field) would only cost time.
    plugins: [
      ApolloServerPluginInlineTraceDisabled(),
      ApolloServerPluginCacheControlDisabled(),
      systemReadsOnlyPlugin(),
      boundedInputPlugin(),
      localizeErrorsPlugin(),
      ...armor.plugins,
    ],
  });
}

export async function serveSubgraph<TContext extends BaseContext & RequestInfo>(
  options: ServeOptions<TContext>,
): Promise<RunningSubgraph> {
  const { logger, dataSource } = options;
  const apollo = createApolloServer<TContext>(options.schema, logger);
  await apollo.start();

  let graphqlRequests = 0;
  let draining = false;

  async function handleGraphql(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://subgraph');
    const raw =
      request.method === 'POST'
        ? await readBody(request, options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES)
        : Buffer.alloc(0);
    // The identity token names this subgraph and the digest of this very request (query string and body bytes).
    const identity = await verifyIdentity(
      request.headers[IDENTITY_HEADER] as string | undefined,
      options.identitySecret,
      {
        audience: options.name,
        search: url.search,
        body: raw,
      },
    );
    if (!identity) {
      sendJson(response, 401, { errors: [{ message: 'Unauthenticated', extensions: { code: 'UNAUTHENTICATED' } }] });
      return;
    }
    graphqlRequests += 1;
    const rawBody = raw.toString('utf8');
    let body: unknown = rawBody;
    if (rawBody && (request.headers['content-type'] ?? '').includes('json')) {
      try {
        body = JSON.parse(rawBody);
      } catch {
        sendJson(response, 400, {
          errors: [{ message: 'Body is not valid JSON', extensions: { code: 'BAD_REQUEST' } }],
        });
        return;
      }
    }
    const language = pickLanguage(request.headers['accept-language']);
    const result = await runAs(identity, () =>
      apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: {
          method: request.method ?? 'GET',
          headers: toHeaderMap(request),
          search: url.search,
          body,
        },
        context: async () => options.createContext({ identity, language, demo: options.demo === true }),
      }),
    );
    response.statusCode = result.status ?? 200;
    for (const [key, value] of result.headers) response.setHeader(key, value);
    if (result.body.kind === 'complete') {
      response.end(result.body.string);
      return;
    }
    for await (const chunk of result.body.asyncIterator) response.write(chunk);
    response.end();
  }

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const path = (request.url ?? '/').split('?')[0];
    if (path === '/health') return sendJson(response, 200, { status: 'ok', service: options.name });
    if (path === '/ready') {
      try {
        if (draining) throw new Error('shutting down');
        await dataSource.query('SELECT 1');
        return sendJson(response, 200, { status: 'ready', service: options.name });
      } catch (error) {
        return sendJson(response, 503, {
          status: 'unavailable',
          service: options.name,
          reason: (error as Error).message,
        });
      }
    }
    if (path === '/debug/stats' && options.statementCounter) {
      return sendJson(response, 200, { sqlStatements: options.statementCounter.statements, graphqlRequests });
    }
    if (path === '/graphql') return handleGraphql(request, response);
    sendJson(response, 404, { error: 'not found' });
  }

  let inFlight = 0;
  const server = createServer((request, response) => {
    inFlight += 1;
    response.once('close', () => (inFlight -= 1));
    // While stopping, each answer closes its connection, so clients move to another instance.
    if (draining) response.setHeader('connection', 'close');
    // Whatever a request throws (synchronously or not) is answered and logged here: no request ends the process.
    const fail = (error: unknown) => {
      try {
        if (response.headersSent) return void response.destroy();
        if (error instanceof PayloadTooLargeError) {
          sendJson(response, 413, {
            errors: [{ message: 'Request body too large', extensions: { code: 'PAYLOAD_TOO_LARGE' } }],
          });
          return;
        }
        logger.error({ err: error, method: request.method, url: request.url?.slice(0, 200) }, 'request failed');
        sendJson(response, 500, { errors: [{ message: 'Internal server error' }] });
      } catch {
        response.destroy();
      }
    };
    try {
      handle(request, response).catch(fail);
    } catch (error) {
      fail(error);
    }
  });
  // Longer than the idle life of the gateway's pooled connections (Node's agent keeps one 5 s, this server's default
  // is also 5 s): with equal timeouts this server could close an idle connection just as the gateway sent a request
  // on it, and that request failed (a mutation is not retried), seen as a lone "Unexpected error." under load.
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve) => server.listen(options.port, options.host, resolve));
  const address = server.address() as AddressInfo;
  const url = `http://${options.host}:${address.port}/graphql`;
  logger.info({ url }, `${options.name} subgraph ready`);
  reportListening(address.port);

  const stop = async () => {
    // Readiness turns 503 at once so traffic moves away; requests that still arrive during a short grace are
    // answered (closing their connections). Closing the listener at once would reset connections the kernel has
    // accepted but Node has not yet seen.
    draining = true;
    await new Promise((resolve) => setTimeout(resolve, DRAIN_GRACE_MS));
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    while (inFlight > 0) await new Promise((resolve) => setTimeout(resolve, 20));
    server.closeAllConnections();
    await closed;
    await apollo.stop();
    await dataSource.destroy();
  };
  return { server, url, stop };
}

/** Tells the launcher that started this process (over its IPC channel, when there is one) which port it listens
 *  on: it may have asked for port 0. */
export function reportListening(port: number): void {
  process.send?.({ listening: port });
}

/** Stops the service on SIGTERM or SIGINT, or when the launcher that started it is gone (its IPC channel closed:
 *  a test runner killed mid-file must not leave its stack running), then exits; a second signal exits at once. */
export function stopOnSignals(stop: () => Promise<void>, logger: Logger): void {
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals | 'disconnect') => {
    if (stopping) process.exit(1);
    stopping = true;
    logger.info({ signal }, 'stopping');
    stop().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'stop failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
  process.once('disconnect', () => onSignal('disconnect'));
}
