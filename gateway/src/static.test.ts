import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, get, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaticHandler } from './static.js';

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
    server = createServer((request, response) => serve(request.url!.split('?')[0]!, response));
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

  it('answers client-side routes with index.html', async () => {
    expect(await (await fetch(`${base}/team/matrix`)).text()).toBe('<html>app</html>');
  });

  it('never serves a file outside the web root', async () => {
    // A raw request: fetch would normalise the dots away before they reach the server.
    const body = await new Promise<string>((resolve, reject) => {
      get({ host: '127.0.0.1', port: new URL(base).port, path: '/../secret.txt' }, (response) => {
        let text = '';
        response.on('data', (chunk: Buffer) => (text += chunk));
        response.on('end', () => resolve(text));
      }).on('error', reject);
    });
    expect(body).toBe('<html>app</html>');
  });
});
