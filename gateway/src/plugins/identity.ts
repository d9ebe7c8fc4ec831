// Puts the caller's Identity on the context: a verified bearer token's claims, else a valid API key, else anonymous.
// A presented but unknown API key is refused rather than downgraded, so a misconfigured system notices.
import type { Identity } from '@asn/common';
import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { createGraphQLError } from 'graphql-yoga';
import { identityFromClaims, type VerifiedJwt } from '../auth/identity.js';

export interface IdentityContext {
  identity: Identity;
  jwt?: VerifiedJwt;
}

export function useIdentity(resolveApiKey: (key: string) => Promise<Identity | null>): GatewayPlugin<IdentityContext> {
  return {
    async onContextBuilding({ context, extendContext }) {
      const claims = context.jwt?.payload;
      if (claims) {
        const identity = identityFromClaims(claims);
        if (!identity) throw unauthenticated('The token carries no known role.');
        extendContext({ identity });
        return;
      }
      const apiKey = context.request.headers.get('x-api-key');
      if (apiKey) {
        const identity = await resolveApiKey(apiKey);
        if (!identity) throw unauthenticated('Unknown or revoked API key.');
        extendContext({ identity });
        return;
      }
      extendContext({ identity: { kind: 'anonymous' } });
    },
  };
}

function unauthenticated(message: string) {
  return createGraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
}
