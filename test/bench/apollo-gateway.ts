// @apollo/gateway over the same supergraph, only as the benchmark's peer. Its telemetry exporter is switched off
// before the module loads (since 2.14 it otherwise probes cloud metadata addresses at start-up).
process.env.APOLLO_TELEMETRY_DISABLED = '1';

import { readFileSync } from 'node:fs';
import { IDENTITY_HEADER, signIdentity, type Identity } from '@asn/common';
import { createTokenVerifier, identityFromClaims } from '@asn/gateway/auth';

const [port, personnel, training, certification, secret, jwtSecret] = process.argv.slice(2) as [
  string,
  string,
  string,
  string,
  string,
  string,
];

const { ApolloGateway, RemoteGraphQLDataSource } = await import('@apollo/gateway');
const { ApolloServer } = await import('@apollo/server');
const { startStandaloneServer } = await import('@apollo/server/standalone');

/** Carries the caller from willSendRequest to the fetcher, which signs it bound to the body; never sent. */
const CALLER_HEADER = 'x-bench-caller';
const urls: Record<string, string> = { personnel, training, certification };
let supergraphSdl = readFileSync(new URL('../../../schema/supergraph.graphql', import.meta.url), 'utf8');
for (const [name, url] of Object.entries(urls))
  supergraphSdl = supergraphSdl.replaceAll(`http://${name}.invalid/graphql`, url);

// As the Hive gateway does, with its own code: the caller's bearer token verified (issuer, audience, expiry; a verified
// token remembered until it expires), its claims the identity.
const verifyToken = createTokenVerifier({ JWT_SECRET: jwtSecret, JWT_ISSUER: 'asn-gateway', JWT_AUDIENCE: 'asn-api' });
async function identityOf(authorization: string | undefined): Promise<Identity> {
  const token = /^Bearer ([A-Za-z0-9._-]+)$/.exec(authorization ?? '')?.[1];
  const claims = token ? await verifyToken(token) : null;
  return (claims && identityFromClaims(claims)) ?? { kind: 'anonymous' };
}

const gateway = new ApolloGateway({
  supergraphSdl,
  buildService: ({ name, url }) =>
    new RemoteGraphQLDataSource({
      url,
      // The identity token is bound to the subgraph and to the body of each fetch, as the Hive gateway signs it.
      willSendRequest({ request, context }) {
        request.http?.headers.set(CALLER_HEADER, JSON.stringify((context as { identity: Identity }).identity));
      },
      fetcher: async (input, init) => {
        const headers = new Headers(init?.headers as ConstructorParameters<typeof Headers>[0]);
        const body = typeof init?.body === 'string' ? init.body : '';
        const search = new URL(String(input)).search;
        const identity = JSON.parse(headers.get(CALLER_HEADER) ?? '{"kind":"anonymous"}') as Identity;
        headers.delete(CALLER_HEADER);
        headers.set(IDENTITY_HEADER, await signIdentity(identity, secret, { audience: name, search, body }));
        return fetch(String(input), { ...init, headers } as RequestInit) as never;
      },
    }),
});
const server = new ApolloServer({ gateway });
const { url } = await startStandaloneServer(server, {
  listen: { port: Number(port), host: '127.0.0.1' },
  context: async ({ req }) => ({ identity: await identityOf(req.headers.authorization) }),
});
console.log(`apollo gateway ready at ${url}`);
process.on('SIGTERM', () => void server.stop().then(() => process.exit(0)));
