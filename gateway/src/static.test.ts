import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaticHandler } from './static.js';

/** A raw request: fetch would normalise or refuse the paths these tests need to reach the server as written. */
function raw(base: string, path: string, method = 'GET'): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const request = httpRequest({ host: '127.0.0.1', port: new URL(base).port, path, method }, (response) => {
      let text = '';
      response.on('data', (chunk: Buffer) => (text += chunk));
      response.on('end', () => resolve({ status: response.statusCode!, body: text }));
    });
    request.on('error', reject);
    request.end();
  });
}

describe('the static web handler', () => {
  let server: Server;
  let base: string;
  beforeAll(async () => {
    const root = mkdtempSync(join(tmpdir(), 'asn-static-'));
    mkdirSync(join(root, 'dist', 'assets'), { recursive: true });
    writeFileSync(join(root, 'dist', 'index.html'), '<html>app</html>');
    writeFileSync(join(root, 'dist', 'assets', 'app.js'), 'console.log(1)');
    writeFileSync(join(root, 'secret.txt'), 'secret');
    const serve = createStaticHandler(join(root, 'dist'));
    server = createServer((request, response) => serve(request, response));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => server.close());

  it('serves assets with long caching and security headers', async () => {
    const response = await fetch(`${base}/assets/app.js`);
    expect(await response.text()).toBe('console.log(1)');
    expect(response.headers.get('cache-control')).toContain('immutable');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(response.headers.get('x-frame-options')).toBe('DENY');
  });

  it('answers client-side routes with index.html, revalidated on every visit', async () => {
    const response = await fetch(`${base}/team/matrix`);
    expect(await response.text()).toBe('<html>app</html>');
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
  });

  it('answers a missing file with 404, not with the app', async () => {
    expect((await raw(base, '/assets/missing.js')).status).toBe(404);
  });

  it('never serves a file outside the web root', async () => {
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt']) {
      expect((await raw(base, path)).body, path).not.toContain('secret');
    }
  });

  it('answers malformed escapes, control characters and inverted ranges without throwing', async () => {
    for (const path of ['/%', '/%E0%A4%A', '/%00', '/assets/%ff%fe', `/${'a/'.repeat(2000)}`]) {
      expect((await raw(base, path)).status, path).toBeLessThan(500);
    }
    const ranged = await fetch(`${base}/assets/app.js`, { headers: { range: 'bytes=9-2' } });
    expect(ranged.status).toBeLessThan(500);
    expect((await raw(base, '/')).status).toBe(200);
  });
});
