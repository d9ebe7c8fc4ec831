// Puts on the context the caller's Identity the HTTP layer verified (http-server.ts): a bearer token's claims, an API
// key, or anonymous. A request that reached the gateway without passing that layer has none and is refused.
import type { IncomingMessage } from 'node:http';
import type { Identity } from '@asn/common/identity';
import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { createGraphQLError } from 'graphql-yoga';
import type { RequestIdentities } from '../request-identity.js';

export interface IdentityContext {
  identity: Identity;
}

export function useIdentity(identities: RequestIdentities): GatewayPlugin<IdentityContext> {
  return {
    onRequest({ request, serverContext }) {
      const identity = identities.get((serverContext as { req?: IncomingMessage }).req);
      if (identity) identities.set(request, identity);
    },
    onContextBuilding({ context, extendContext }) {
      const identity = identities.get(context.request);
      if (!identity) {
        throw createGraphQLError('Unauthenticated', {
          extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
        });
      }
      extendContext({ identity });
    },
  };
}
