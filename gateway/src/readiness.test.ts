import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkSubgraphs } from './readiness.js';

/** A subgraph's /ready answering `status` after `delayMs`. */
async function subgraph(status: number, delayMs = 0): Promise<Server> {
  const server = createServer((_, response) => {
    setTimeout(() => response.writeHead(status).end(), delayMs);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return server;
}
const urlOf = (server: Server) => `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;

describe('checkSubgraphs', () => {
  const servers: Server[] = [];
  let urls: Record<string, string>;
  beforeAll(async () => {
    const [ready, draining, slow, stopped] = await Promise.all([
      subgraph(200),
      subgraph(503),
      subgraph(200, 10_000),
      subgraph(200),
    ]);
    servers.push(ready!, draining!, slow!);
    urls = { ready: urlOf(ready!), draining: urlOf(draining!), slow: urlOf(slow!), stopped: urlOf(stopped!) };
    await new Promise((resolve) => stopped!.close(resolve));
  });
  afterAll(() => {
    for (const server of servers) {
      server.closeAllConnections();
      server.close();
    }
  });

  it('calls a subgraph that answers 503 or refuses unavailable, and one too slow to answer busy', async () => {
    const readiness = await checkSubgraphs(urls, 1000);
    expect(readiness.subgraphs).toEqual({
      ready: 'ready',
      draining: 'unavailable',
      slow: 'busy',
      stopped: 'unavailable',
    });
    expect(readiness.ready).toBe(false);
  });

  it('is ready while a subgraph is only busy: every gateway checks the same pools', async () => {
    const readiness = await checkSubgraphs({ ready: urls.ready!, slow: urls.slow! }, 1000);
    expect(readiness).toEqual({ ready: true, subgraphs: { ready: 'ready', slow: 'busy' } });
  });
});
