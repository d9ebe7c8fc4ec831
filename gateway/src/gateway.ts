// Hive Gateway over the composed supergraph: Rust query planner by default, the caller as the HTTP layer verified it,
// limits by configuration, and the identity and language forwarded to every subgraph fetch.
import { blockFieldSuggestionsPlugin } from '@escape.tech/graphql-armor-block-field-suggestions';
import { maxAliasesPlugin } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthPlugin } from '@escape.tech/graphql-armor-max-depth';
import { maxTokensPlugin } from '@escape.tech/graphql-armor-max-tokens';
import { createGatewayRuntime, type GatewayPlugin, type GatewayRuntime } from '@graphql-hive/gateway-runtime';
import { unifiedGraphHandler } from '@graphql-hive/router-runtime';
import type { GraphQLError, ValidationContext } from 'graphql';
import type { GatewayConfig } from './config.js';
import { createIdentityHeaders, type IdentityLookups } from './auth/forward-identity.js';
import { useApiKeysReadOnly } from './plugins/api-keys-read-only.js';
import { useCostLimit } from './plugins/cost-limit.js';
import { useIdentity } from './plugins/identity.js';
import { useRequestErrors } from './plugins/request-errors.js';
import type { RequestIdentities } from './request-identity.js';
import { useSubgraphIdentity } from './plugins/subgraph-identity.js';
import { loadSupergraph, subgraphUrls } from './supergraph.js';
import { trustedDocumentsOptions } from './trusted-documents.js';

export interface GatewayDependencies {
  /** Who each request is, as the HTTP layer verified it (http-server.ts). */
  identities: RequestIdentities;
  lookups: IdentityLookups;
}

export function createGateway(config: GatewayConfig, dependencies: GatewayDependencies): GatewayRuntime {
  const identityHeaders = createIdentityHeaders(config.GATEWAY_IDENTITY_SECRET, dependencies.lookups);
  // armor's plugins are typed for plain envelop; they are valid gateway plugins.
  // Each rejection becomes a validation error (the validation context reports it) rather than a thrown one, so
  // useRequestErrors can give it a code.
  const report = {
    propagateOnRejection: false,
    onReject: [(context: ValidationContext | null, error: GraphQLError) => context?.reportError(error)],
  };
  const limits = [
    maxDepthPlugin({ n: config.MAX_DEPTH, flattenFragments: true, ...report }),
    maxTokensPlugin({ n: config.MAX_TOKENS }),
    maxAliasesPlugin({ n: config.MAX_ALIASES, ...report }),
    // Our own cost estimate, per request: it reads the page size a variable carries (plugins/cost-limit.ts).
    useCostLimit(config.MAX_COST),
    blockFieldSuggestionsPlugin(),
  ] as GatewayPlugin[];
  return createGatewayRuntime({
    supergraph: loadSupergraph(config),
    ...(config.QUERY_PLANNER === 'rust' && { unifiedGraphHandler }),
    graphqlEndpoint: '/graphql',
    healthCheckEndpoint: '/healthcheck',
    readinessCheckEndpoint: '/gateway-readiness',
    landingPage: false,
    graphiql: false,
    logging: config.LOG_LEVEL,
    upstreamTimeout: config.UPSTREAM_TIMEOUT_MS,
    // Browsers send simple requests (form posts, plain GETs) without a preflight: those must carry this header.
    csrfPrevention: { requestHeaders: ['x-graphql-csrf', 'apollo-require-preflight'] },
    persistedDocuments: trustedDocumentsOptions(config, dependencies.identities),
    // Same origin only, unless configured: never the request's own Origin reflected with credentials.
    cors: config.CORS_ORIGINS.length > 0 ? { origin: config.CORS_ORIGINS, credentials: true } : false,
    disableIntrospection: config.INTROSPECTION ? undefined : { disableIf: () => true },
    plugins: () => [
      useIdentity(dependencies.identities) as GatewayPlugin,
      useApiKeysReadOnly() as GatewayPlugin,
      useSubgraphIdentity(subgraphUrls(config), identityHeaders) as GatewayPlugin,
      ...limits,
      // After the limits, so their rejections get a code too.
      useRequestErrors(),
    ],
    // Identical in-flight subgraph fetches are merged by URL, body and propagated headers only: the identity is signed
    // into each fetch afterwards, so a merge would hand one caller's answer to another (docs/authorization.md).
    transportEntries: { '*': { options: { deduplicateInflightRequests: false } } },
    propagateHeaders: {
      // The identity header is set per fetch by useSubgraphIdentity, bound to that fetch's body.
      fromClientToSubgraphs: ({ request }) => ({ 'accept-language': request.headers.get('accept-language') }),
    },
  });
}
