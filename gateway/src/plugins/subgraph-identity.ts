// Signs the caller's identity into each subgraph fetch: the token names the subgraph the fetch goes to and the
// digest of its query string and body, so it cannot be replayed against another subgraph or with another body.
import type { Identity } from '@asn/common/identity';
import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { IDENTITY_HEADER } from '@asn/common/identity';
import type { IdentityHeaders, RequestParams } from '../auth/forward-identity.js';

/** The subgraph a fetch goes to, by its configured URL; none for any other address. */
function audienceOf(urls: Record<string, string>, target: string): string | undefined {
  const { origin, pathname } = new URL(target);
  return Object.entries(urls).find(([, url]) => {
    const configured = new URL(url);
    return configured.origin === origin && configured.pathname === pathname;
  })?.[0];
}

export function useSubgraphIdentity(urls: Record<string, string>, identityHeaders: IdentityHeaders): GatewayPlugin {
  return {
    async onFetch({ url, options, setOptions, context }) {
      const headers = new Headers(options.headers as HeadersInit | undefined);
      // Never forward a header a client may have smuggled in.
      headers.delete(IDENTITY_HEADER);
      const audience = audienceOf(urls, url);
      const body = options.body;
      if (audience && 'request' in context && (body === undefined || typeof body === 'string')) {
        const { identity, params } = context as unknown as { identity?: Identity; params?: RequestParams };
        const signed = await identityHeaders(context, identity ?? { kind: 'anonymous' }, params, {
          audience,
          search: new URL(url).search,
          body: body ?? '',
        });
        for (const [name, value] of Object.entries(signed)) headers.set(name, value);
      }
      setOptions({ ...options, headers: Object.fromEntries(headers) });
    },
  };
}
