// The gateway process: /graphql and /healthcheck through Hive Gateway, /readiness across subgraphs, the web app at /.
import { createServer } from 'node:http';
import { createLogger } from '@asn/common';
import { loadGatewayConfig } from './config.js';
import { createGateway } from './gateway.js';
import { checkSubgraphs } from './readiness.js';
import { createStaticHandler } from './static.js';
import { subgraphUrls } from './supergraph.js';

const config = loadGatewayConfig();
const logger = createLogger('gateway', config.LOG_LEVEL);
const gateway = createGateway(config);
const serveStatic = createStaticHandler(config.WEB_DIST);
const urls = subgraphUrls(config);

const server = createServer((request, response) => {
  const pathname = (request.url ?? '/').split('?')[0] ?? '/';
  if (pathname === '/graphql' || pathname === '/healthcheck') {
    void gateway(request, response);
    return;
  }
  if (pathname === '/readiness') {
    void checkSubgraphs(urls).then((readiness) => {
      response.writeHead(readiness.ready ? 200 : 503, { 'content-type': 'application/json' });
      response.end(JSON.stringify(readiness));
    });
    return;
  }
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.writeHead(405).end();
    return;
  }
  serveStatic(pathname, response);
});

server.listen(config.PORT, config.HOST, () => {
  logger.info(
    { url: `http://${config.HOST === '127.0.0.1' ? 'localhost' : config.HOST}:${config.PORT}/` },
    'gateway ready',
  );
});

// @whatwg-node/server disposes the runtime on SIGTERM but never closes our server: close it ourselves.
let stopping = false;
async function stop(signal: string): Promise<void> {
  if (stopping) process.exit(1);
  stopping = true;
  logger.info({ signal }, 'stopping');
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeIdleConnections();
  await Promise.race([closed, new Promise((resolve) => setTimeout(resolve, 5000))]);
  server.closeAllConnections();
  await gateway.dispose();
  process.exit(0);
}
process.on('SIGTERM', () => void stop('SIGTERM'));
process.on('SIGINT', () => void stop('SIGINT'));
