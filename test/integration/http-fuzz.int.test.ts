// No request of any shape stops a process. Malformed escapes, invalid UTF-8, control characters,
// very long paths and headers, odd methods, broken and chunked bodies go to the gateway and to each subgraph over raw
// sockets; afterwards every process is still running and answers its health route. SQLite only: the HTTP surface is
// the processes', not the database's.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendRaw } from '../support/raw-http.js';
import { signIn } from '../support/sign-in.js';
import { startTestStack, type TestStack } from '../support/start-stack.js';

/** Request lines and heads that are wrong in one way each; `PATH` is replaced by each route under test. */
function hostileRequests(path: string, token: string): (string | Buffer)[] {
  const head = (line: string, headers = '') => `${line}\r\nHost: x\r\n${headers}Connection: close\r\n\r\n`;
  const post = (headers: string, body: string | Buffer) =>
    Buffer.concat([
      Buffer.from(`POST ${path} HTTP/1.1\r\nHost: x\r\n${headers}Connection: close\r\n\r\n`),
      Buffer.from(body),
    ]);
  const escapes = ['%', '%E0%A4%A', '%ff%fe', '%00', '%2e%2e%2f%2e%2e%2fetc%2fpasswd', '%C0%AE%C0%AE', '%%32%65'];
  return [
    ...escapes.flatMap((escape) => [
      head(`GET ${path}${escape} HTTP/1.1`),
      head(`GET /${escape} HTTP/1.1`),
      head(`GET ${path}?query=${escape}&variables=${escape} HTTP/1.1`),
      head(`GET ${path}?extensions=${escape}&operationName=${escape} HTTP/1.1`),
    ]),
    Buffer.concat([
      Buffer.from(`GET ${path}/`),
      Buffer.from([0xc3, 0x28, 0xff, 0xfe]),
      Buffer.from(' HTTP/1.1\r\nHost: x\r\n\r\n'),
    ]),
    head(`GET ${path}\x01\x7f HTTP/1.1`),
    head(`GET ${path}?a=\x00 HTTP/1.1`),
    head(`GET ${path} HTTP/1.1`, 'X-Evil: a\x00b\r\n'),
    head(`GET ${path} HTTP/1.1`, 'X-Api-Key: \xff\xfe\r\n'),
    head(`GET ${path} HTTP/1.1`, 'Authorization: Bearer \x01\r\n'),
    head(`GET ${path} HTTP/1.1`, `Authorization: Bearer ${token} ${'x'.repeat(50)}\r\n`),
    head(`GET ${path} HTTP/1.1`, 'Accept-Language: \xff\xff;q=abc,,,;\r\n'),
    head(`GET ${path} HTTP/1.1`, 'Accept-Encoding: br;q=x, gzip;q=-1, *;q=NaN\r\n'),
    head(`GET ${path} HTTP/1.1`, 'Range: bytes=9-2\r\n'),
    head(`GET /${'a'.repeat(100_000)} HTTP/1.1`),
    head(`GET ${path}?${'q=1&'.repeat(20_000)} HTTP/1.1`),
    head(`GET ${path} HTTP/1.1`, `X-Long: ${'b'.repeat(70_000)}\r\n`),
    head(`GET ${path} HTTP/1.1`, `${'X-Many: 1\r\n'.repeat(3000)}`),
    ...['FOO', 'PROPFIND', 'TRACE', 'CONNECT', 'OPTIONS', 'DELETE', 'PATCH', 'PUT', 'M-SEARCH', 'G\x01T'].map(
      (method) => head(`${method} ${path} HTTP/1.1`, 'Content-Length: 0\r\n'),
    ),
    head(`GET ${path} HTTP/9.9`),
    head(`GET ${path}`),
    'garbage\r\n\r\n',
    '\r\n\r\n\r\n',
    post('Content-Type: application/json\r\nContent-Length: 100\r\n', '{"query":'),
    post('Content-Type: application/json\r\nContent-Length: 5\r\n', '{"query":"{__typename}"}'),
    post('Content-Type: application/json\r\nContent-Length: -1\r\n', '{}'),
    post('Content-Type: application/json\r\nContent-Length: 99999999999999999999\r\n', '{}'),
    post('Content-Type: application/json\r\nContent-Length: 2\r\nContent-Length: 3\r\n', '{}'),
    post(
      'Content-Type: application/json\r\nContent-Length: 12\r\n',
      Buffer.from([0x7b, 0x22, 0x71, 0xff, 0xfe, 0x22, 0x3a, 0x22, 0xc3, 0x28, 0x22, 0x7d]),
    ),
    post('Content-Type: application/json\r\nContent-Length: 14\r\n', '{"query":"{\u0000}"}'),
    post('Content-Type: application/json\r\nContent-Length: 9\r\n', '[[[[[[[[['),
    post('Content-Type: application/json\r\nContent-Length: 4\r\n', 'null'),
    post('Content-Type: text/plain\r\nContent-Length: 12\r\n', 'query={ a }&'),
    post('Content-Type: multipart/form-data; boundary=x\r\nContent-Length: 10\r\n', '--x\r\nbad\r\n'),
    post('Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n', '5\r\n{"que\r\nZZ\r\nry"}\r\n0\r\n\r\n'),
    post('Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n', '3\r\n{"q\r\n'),
    post('Content-Type: application/json\r\nTransfer-Encoding: chunked\r\nContent-Length: 3\r\n', '0\r\n\r\n'),
    post('Content-Type: application/json\r\nTransfer-Encoding: gzip, chunked\r\n', '2\r\n{}\r\n0\r\n\r\n'),
    post('Content-Type: application/json\r\nContent-Encoding: gzip\r\nContent-Length: 4\r\n', 'abcd'),
  ];
}

describe('hostile HTTP requests', () => {
  let stack: TestStack;
  let token: string;
  beforeAll(async () => {
    stack = await startTestStack({
      database: 'sqlite',
      seed: true,
      envOf: { gateway: { RATE_LIMIT_PER_MINUTE: '100000' } },
    });
    token = await signIn(stack.gatewayUrl, 'asn.ambon.1');
  });
  afterAll(() => stack?.stop());

  const routes: Record<string, string[]> = {
    gateway: ['/', '/graphql', '/auth/sign-in', '/readiness', '/healthcheck', '/assets/', '/team/matrix'],
    personnel: ['/graphql', '/health', '/ready', '/debug/stats', '/nowhere'],
    training: ['/graphql', '/health'],
    certification: ['/graphql', '/health'],
  };

  it('leave every process running and healthy, each answered or closed, never with an internal error', async () => {
    const bases: Record<string, string> = {
      gateway: stack.gatewayUrl,
      ...Object.fromEntries(Object.entries(stack.subgraphUrls).map(([name, url]) => [name, new URL(url).origin])),
    };
    const internalErrors: string[] = [];
    for (const [name, paths] of Object.entries(routes)) {
      for (const path of paths) {
        const answers = await Promise.all(
          hostileRequests(path, token).map((payload) => sendRaw(bases[name]!, payload)),
        );
        answers.forEach((answer, index) => {
          if (answer.status !== null && answer.status >= 500 && answer.status !== 503) {
            internalErrors.push(`${name} ${path} #${index}: ${answer.text.split('\r\n')[0]}`);
          }
        });
      }
    }
    for (const { name, child } of stack.children) expect(child.exitCode, `${name} exited`).toBeNull();
    expect((await fetch(`${stack.gatewayUrl}/healthcheck`)).status).toBe(200);
    for (const [name, url] of Object.entries(stack.subgraphUrls)) {
      expect((await fetch(new URL('/health', url))).status, name).toBe(200);
    }
    expect(internalErrors).toEqual([]);
    // And the system still does its work.
    const response = await fetch(`${stack.gatewayUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: '{ agencies { id } }' }),
    });
    expect(response.status).toBe(200);
  });
});
