// Hive Gateway over the composed supergraph: Rust query planner by default, the caller verified (JWT or API key),
// limits by configuration, and the identity and language forwarded to every subgraph fetch.
import { blockFieldSuggestionsPlugin } from '@escape.tech/graphql-armor-block-field-suggestions';
import { costLimitPlugin } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesPlugin } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthPlugin } from '@escape.tech/graphql-armor-max-depth';
import { maxTokensPlugin } from '@escape.tech/graphql-armor-max-tokens';
import { createGatewayRuntime, type GatewayPlugin, type GatewayRuntime } from '@graphql-hive/gateway-runtime';
import { unifiedGraphHandler } from '@graphql-hive/router-runtime';
import {
  createInlineSigningKeyProvider,
  createRemoteJwksSigningKeyProvider,
  extractFromHeader,
  useJWT,
} from '@graphql-mesh/plugin-jwt-auth';
import type { Identity } from '@asn/common';
import type { GraphQLError, ValidationContext } from 'graphql';
import type { AgencyTimeZoneLookup } from './auth/agency-time-zone.js';
import type { GatewayConfig } from './config.js';
import { createIdentityHeaders, type AgencyLookup, type RequestParams } from './identity.js';
import { useApiKeysReadOnly } from './plugins/api-keys-read-only.js';
import { useIdentity } from './plugins/identity.js';
import { useRequestErrors } from './plugins/request-errors.js';
import { loadSupergraph } from './supergraph.js';
import { trustedDocumentsOptions } from './trusted-documents.js';

export interface GatewayDependencies {
  resolveApiKey: (key: string) => Promise<Identity | null>;
  lookupAgencies: AgencyLookup;
  agencyTimeZone: AgencyTimeZoneLookup;
}

export function createGateway(config: GatewayConfig, dependencies: GatewayDependencies): GatewayRuntime {
  const identityHeaders = createIdentityHeaders(
    config.GATEWAY_IDENTITY_SECRET,
    dependencies.lookupAgencies,
    dependencies.agencyTimeZone,
  );
  const signingKey = config.JWKS_URL
    ? createRemoteJwksSigningKeyProvider({ jwksUri: config.JWKS_URL, cache: true, rateLimit: true })
    : createInlineSigningKeyProvider(config.JWT_SECRET);
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
    costLimitPlugin({ maxCost: config.MAX_COST, ...report }),
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
    persistedDocuments: trustedDocumentsOptions(config),
    disableIntrospection: config.INTROSPECTION ? undefined : { disableIf: () => true },
    plugins: () => [
      // plugin-jwt-auth's typings bundle their own copy of the gateway's logger class, hence the cast.
      useJWT({
        signingKeyProviders: [signingKey],
        tokenLookupLocations: [extractFromHeader({ name: 'authorization', prefix: 'Bearer' })],
        tokenVerification: { algorithms: config.JWKS_URL ? ['RS256'] : ['HS256'], issuer: config.JWT_ISSUER },
        reject: { missingToken: false, invalidToken: true },
      }) as unknown as GatewayPlugin,
      useIdentity(dependencies.resolveApiKey) as GatewayPlugin,
      useApiKeysReadOnly() as GatewayPlugin,
      ...limits,
      // After the limits, so their rejections get a code too.
      useRequestErrors(),
    ],
    propagateHeaders: {
      fromClientToSubgraphs: async ({ request, context }) => {
        const { identity, params } = context as { identity?: Identity; params?: RequestParams };
        return {
          'accept-language': request.headers.get('accept-language'),
          ...(await identityHeaders(context, identity ?? { kind: 'anonymous' }, params)),
        };
      },
    },
  });
}
