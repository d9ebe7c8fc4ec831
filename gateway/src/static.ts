// Serves the built web app through serve-static (send): files from web/dist, index.html for client-side routes, long
// caching for the hashed files under /assets/, and the security headers on every answer. A path send cannot decode
// (`/%`) is its 400, never a throw.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join, resolve, sep } from 'node:path';
import serveStatic from 'serve-static';

export const SECURITY_HEADERS: Record<string, string> = {
  'content-security-policy':
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'",
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'permissions-policy': 'camera=(), microphone=(), geolocation=()',
  'cross-origin-opener-policy': 'same-origin',
};

/** A file name with an extension is a missing file, not a client-side route. */
const LOOKS_LIKE_FILE = /\/[^/]+\.[A-Za-z0-9]+$/;

export function createStaticHandler(distDir: string) {
  const assets = join(resolve(distDir), 'assets') + sep;
  const options = {
    redirect: false,
    // Hashed names under /assets/ never change content; everything else (index.html above all) is revalidated.
    setHeaders: (response: ServerResponse, path: string) => {
      response.setHeader('cache-control', path.includes(assets) ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  };
  const files = serveStatic(distDir, options);
  const index = serveStatic(distDir, { ...options, fallthrough: false });
  const fail = (response: ServerResponse, status: number) => {
    if (response.headersSent) return void response.destroy();
    response.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
    response.end(status === 404 ? 'Not found (is the web app built? npm run build:web)' : 'Bad request');
  };
  return (request: IncomingMessage, response: ServerResponse): void => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) response.setHeader(name, value);
    files(request, response, (error?: unknown) => {
      if (error) return fail(response, statusOf(error));
      const pathname = (request.url ?? '/').split('?')[0] ?? '/';
      if (LOOKS_LIKE_FILE.test(pathname)) return fail(response, 404);
      request.url = '/index.html';
      index(request, response, (indexError?: unknown) => fail(response, statusOf(indexError)));
    });
  };
}

function statusOf(error: unknown): number {
  const status = (error as { status?: unknown } | undefined)?.status;
  return typeof status === 'number' && status >= 400 && status < 600 ? status : 500;
}
