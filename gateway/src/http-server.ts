// The gateway's HTTP surface: /graphql and /healthcheck through Hive Gateway, /readiness across the subgraphs, the demo
// sign-in, the web app at /. Every request is guarded (an unexpected error is a logged 500, never an exit), answers
// are compressed when the client accepts it, and the caller is verified here, before any rate limit is counted, so a
// bucket always belongs to a verified identity (rate-limit.ts).
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import compression from 'compression';
import type { GatewayRuntime } from '@graphql-hive/gateway-runtime';
import type { Logger } from '@asn/common/logger';
import type { Authenticator } from './auth/authenticate.js';
import type { GatewayConfig } from './config.js';
import { checkSubgraphs } from './readiness.js';
import {
  addressBucket,
  consume,
  hasAllowance,
  identityBucket,
  memoryLimiters,
  type LimiterFactory,
} from './rate-limit.js';
import type { RequestIdentities } from './request-identity.js';
import { createStaticHandler, SECURITY_HEADERS } from './static.js';
import { subgraphUrls } from './supergraph.js';

export interface HttpDependencies {
  gateway: GatewayRuntime;
  authenticate: Authenticator;
  identities: RequestIdentities;
  signIn?: (username: string) => Promise<{ token: string } | null>;
  logger: Logger;
  limiters?: LimiterFactory;
}

function sendJson(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  response.end(JSON.stringify(body));
}

function sendError(
  response: ServerResponse,
  status: number,
  code: string,
  message: string,
  headers: Record<string, string> = {},
) {
  sendJson(response, status, { errors: [{ message, extensions: { code } }] }, headers);
}

async function readJson(request: IncomingMessage, limit = 10_000): Promise<unknown> {
  let body = '';
  for await (const chunk of request) {
    body += chunk;
    if (body.length > limit) throw new Error('body too large');
  }
  return JSON.parse(body);
}

export function createHttpServer(config: GatewayConfig, dependencies: HttpDependencies) {
  const { gateway, authenticate, identities, signIn, logger } = dependencies;
  const serveStatic = createStaticHandler(config.WEB_DIST);
  const urls = subgraphUrls(config);
  const createLimiter = dependencies.limiters ?? memoryLimiters;
  const requests = createLimiter('requests', config.RATE_LIMIT_PER_MINUTE);
  const signIns = createLimiter('sign-in', config.SIGN_IN_PER_MINUTE);
  const compress = compression({ threshold: 1024 });

  const tooMany = (response: ServerResponse, retryAfterSeconds: number) =>
    sendError(response, 429, 'RATE_LIMITED', 'Too many requests: slow down and retry later.', {
      'retry-after': String(retryAfterSeconds),
    });

  async function handleSignIn(request: IncomingMessage, response: ServerResponse) {
    if (!signIn || request.method !== 'POST') return sendJson(response, 404, { error: 'not found' });
    const verdict = await consume(signIns, addressBucket(request.socket.remoteAddress));
    if (!verdict.allowed) return tooMany(response, verdict.retryAfterSeconds);
    let username: unknown;
    try {
      username = ((await readJson(request)) as { username?: unknown } | null)?.username;
    } catch {
      return sendJson(response, 400, { error: 'expected JSON {"username": "..."}' });
    }
    if (typeof username !== 'string' || username.length === 0 || username.length > 100) {
      return sendJson(response, 400, { error: 'expected JSON {"username": "..."}' });
    }
    const result = await signIn(username);
    if (!result) return sendJson(response, 401, { error: 'unknown user' });
    sendJson(response, 200, result, { 'cache-control': 'no-store' });
  }

  async function handleGraphql(request: IncomingMessage, response: ServerResponse) {
    const address = request.socket.remoteAddress;
    const byAddress = addressBucket(address);
    const authentication = await authenticate(request.headers, () => hasAllowance(requests, byAddress));
    if (authentication.outcome === 'throttled') return tooMany(response, 60);
    if (authentication.outcome === 'refused') {
      // A credential that does not verify spends its address's allowance: guessing keys is throttled like the rest.
      const verdict = await consume(requests, byAddress);
      if (!verdict.allowed) return tooMany(response, verdict.retryAfterSeconds);
      return sendError(response, 401, 'UNAUTHENTICATED', authentication.message, { 'www-authenticate': 'Bearer' });
    }
    const verdict = await consume(requests, identityBucket(authentication.identity, address));
    if (!verdict.allowed) return tooMany(response, verdict.retryAfterSeconds);
    // A body is measured by its declared length; one sent in chunks has none, and is refused outright.
    if (request.method === 'POST' && request.headers['content-length'] === undefined) {
      return sendError(response, 411, 'BAD_REQUEST', 'Content-Length is required.');
    }
    if (Number(request.headers['content-length'] ?? 0) > config.MAX_BODY_BYTES) {
      return sendError(response, 413, 'PAYLOAD_TOO_LARGE', `Request body over ${config.MAX_BODY_BYTES} bytes.`);
    }
    identities.set(request, authentication.identity);
    await gateway(request, response);
  }

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const pathname = (request.url ?? '/').split('?')[0] ?? '/';
    if (pathname === '/healthcheck') return void (await gateway(request, response));
    if (pathname === '/readiness') {
      const readiness = await checkSubgraphs(urls);
      return sendJson(response, readiness.ready ? 200 : 503, readiness);
    }
    if (pathname === '/graphql') return handleGraphql(request, response);
    if (pathname === '/auth/sign-in') return handleSignIn(request, response);
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, SECURITY_HEADERS).end();
      return;
    }
    serveStatic(request, response);
  }

  function fail(request: IncomingMessage, response: ServerResponse, error: unknown) {
    try {
      logger.error({ err: error, method: request.method, url: request.url?.slice(0, 200) }, 'request failed');
      if (response.headersSent) return void response.destroy();
      sendError(response, 500, 'INTERNAL_SERVER_ERROR', 'Unexpected error.');
    } catch {
      response.destroy();
    }
  }

  const server = createServer((request, response) => {
    try {
      compress(request as never, response as never, () => {
        handle(request, response).catch((error: unknown) => fail(request, response, error));
      });
    } catch (error) {
      fail(request, response, error);
    }
  });
  return server;
}
