// Hive Gateway over the composed supergraph: Rust query planner by default, identity and language forwarded.
import { createGatewayRuntime } from '@graphql-hive/gateway-runtime';
import { unifiedGraphHandler } from '@graphql-hive/router-runtime';
import type { Identity } from '@asn/common';
import type { GatewayConfig } from './config.js';
import { createIdentityHeaders } from './identity.js';
import { loadSupergraph } from './supergraph.js';

export function createGateway(config: GatewayConfig) {
  const identityHeaders = createIdentityHeaders(config.GATEWAY_IDENTITY_SECRET);
  return createGatewayRuntime({
    supergraph: loadSupergraph(config),
    ...(config.QUERY_PLANNER === 'rust' && { unifiedGraphHandler }),
    graphqlEndpoint: '/graphql',
    healthCheckEndpoint: '/healthcheck',
    readinessCheckEndpoint: '/gateway-readiness',
    landingPage: false,
    logging: config.LOG_LEVEL,
    upstreamTimeout: config.UPSTREAM_TIMEOUT_MS,
    propagateHeaders: {
      fromClientToSubgraphs: async ({ request, context }) => {
        const identity: Identity = { kind: 'anonymous' };
        return {
          'accept-language': request.headers.get('accept-language'),
          ...(await identityHeaders(context, identity)),
        };
      },
    },
  });
}

export type Gateway = ReturnType<typeof createGateway>;
