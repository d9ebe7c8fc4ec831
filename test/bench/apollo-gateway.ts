// @apollo/gateway over the same supergraph, only as the benchmark's peer. Its telemetry exporter is switched off
// before the module loads (since 2.14 it otherwise probes cloud metadata addresses at start-up).
process.env.APOLLO_TELEMETRY_DISABLED = '1';

import { readFileSync } from 'node:fs';
import { IDENTITY_HEADER, signIdentity, type Identity } from '@asn/common';

const [port, personnel, training, certification, secret] = process.argv.slice(2) as [
  string,
  string,
  string,
  string,
  string,
];

const { ApolloGateway, RemoteGraphQLDataSource } = await import('@apollo/gateway');
const { ApolloServer } = await import('@apollo/server');
const { startStandaloneServer } = await import('@apollo/server/standalone');

const urls: Record<string, string> = { personnel, training, certification };
let supergraphSdl = readFileSync(new URL('../../../schema/supergraph.graphql', import.meta.url), 'utf8');
for (const [name, url] of Object.entries(urls))
  supergraphSdl = supergraphSdl.replaceAll(`http://${name}.invalid/graphql`, url);

// The same identity the Hive gateway would forward for the benchmark's administrator.
const identity: Identity = { kind: 'user', userId: 'bench', role: 'ADMIN', agencyId: '1' };

const gateway = new ApolloGateway({
  supergraphSdl,
  buildService: ({ name, url }) =>
    new RemoteGraphQLDataSource({
      url,
      // The identity token is bound to the subgraph and to the body of each fetch, as the Hive gateway signs it.
      fetcher: async (input, init) => {
        const headers = new Headers(init?.headers as ConstructorParameters<typeof Headers>[0]);
        const body = typeof init?.body === 'string' ? init.body : '';
        const search = new URL(String(input)).search;
        headers.set(IDENTITY_HEADER, await signIdentity(identity, secret, { audience: name, search, body }));
        return fetch(String(input), { ...init, headers } as RequestInit) as never;
      },
    }),
});
const server = new ApolloServer({ gateway });
const { url } = await startStandaloneServer(server, { listen: { port: Number(port), host: '127.0.0.1' } });
console.log(`apollo gateway ready at ${url}`);
process.on('SIGTERM', () => void server.stop().then(() => process.exit(0)));
