// The gateway's HTTP surface: /graphql and /healthcheck through Hive Gateway, /readiness across the subgraphs,
// the demo sign-in, rate limiting, and the web app at /.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { GatewayRuntime } from '@graphql-hive/gateway-runtime';
import type { Logger } from '@asn/common';
import type { GatewayConfig } from './config.js';
import { checkSubgraphs } from './readiness.js';
import { createRateLimiter, rateLimitKey } from './rate-limit.js';
import { createStaticHandler, SECURITY_HEADERS } from './static.js';
import { subgraphUrls } from './supergraph.js';

export interface HttpDependencies {
  gateway: GatewayRuntime;
  signIn?: (username: string) => Promise<{ token: string } | null>;
  logger: Logger;
}

function sendJson(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  response.end(JSON.stringify(body));
}

async function readJson(request: IncomingMessage, limit = 10_000): Promise<unknown> {
  let body = '';
  for await (const chunk of request) {
    body += chunk;
    if (body.length > limit) throw new Error('body too large');
  }
  return JSON.parse(body);
}

export function createHttpServer(config: GatewayConfig, { gateway, signIn, logger }: HttpDependencies) {
  const serveStatic = createStaticHandler(config.WEB_DIST);
  const urls = subgraphUrls(config);
  const allow = createRateLimiter(config.RATE_LIMIT_PER_MINUTE);

  async function handleSignIn(request: IncomingMessage, response: ServerResponse) {
    if (!signIn || request.method !== 'POST') return sendJson(response, 404, { error: 'not found' });
    let username: unknown;
    try {
      username = ((await readJson(request)) as { username?: unknown }).username;
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

  return createServer((request, response) => {
    const pathname = (request.url ?? '/').split('?')[0] ?? '/';
    if (pathname === '/healthcheck') return void gateway(request, response);
    if (pathname === '/readiness') {
      return void checkSubgraphs(urls).then((readiness) => sendJson(response, readiness.ready ? 200 : 503, readiness));
    }
    if (pathname === '/graphql' || pathname === '/auth/sign-in') {
      const verdict = allow(rateLimitKey(request));
      if (!verdict.allowed) {
        return sendJson(
          response,
          429,
          {
            errors: [
              { message: 'Too many requests: slow down and retry later.', extensions: { code: 'RATE_LIMITED' } },
            ],
          },
          { 'retry-after': String(verdict.retryAfterSeconds) },
        );
      }
      if (pathname === '/graphql') {
        // A body is measured by its declared length; one sent in chunks has none, and is refused outright.
        if (request.method === 'POST' && request.headers['content-length'] === undefined) {
          return sendJson(response, 411, {
            errors: [{ message: 'Content-Length is required.', extensions: { code: 'BAD_REQUEST' } }],
          });
        }
        if (Number(request.headers['content-length'] ?? 0) > config.MAX_BODY_BYTES) {
          return sendJson(response, 413, {
            errors: [
              {
                message: `Request body over ${config.MAX_BODY_BYTES} bytes.`,
                extensions: { code: 'PAYLOAD_TOO_LARGE' },
              },
            ],
          });
        }
        return void gateway(request, response);
      }
      return void handleSignIn(request, response).catch((error: unknown) => {
        logger.error({ err: error }, 'sign-in failed');
        sendJson(response, 503, { error: 'sign-in is unavailable' });
      });
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, SECURITY_HEADERS).end();
      return;
    }
    serveStatic(pathname, response);
  });
}
