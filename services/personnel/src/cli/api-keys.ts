// API keys from the command line, on the personnel database the service uses (same configuration):
//   node services/personnel/dist/cli/api-keys.js create --agency 1 --name SIASN --scopes personnel:read,pii:read
//   node services/personnel/dist/cli/api-keys.js list
//   node services/personnel/dist/cli/api-keys.js revoke <id>
import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { loadConfig, openDataSource, subgraphProcessConfigSpec } from '@asn/common';
import { createApiKey, listApiKeys, parseScopes, revokeApiKey } from '../services/api-key.service.js';
import { personnelSubgraph } from '../subgraph.js';

const USAGE = `usage:
  api-keys create --agency <id> --name <name> --scopes <scope,...>
  api-keys list
  api-keys revoke <id>`;

async function main(argv: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { agency: { type: 'string' }, name: { type: 'string' }, scopes: { type: 'string' } },
  });
  const [command, argument] = positionals;
  if (!command || !['create', 'list', 'revoke'].includes(command)) {
    console.error(USAGE);
    return 2;
  }
  const config = loadConfig(subgraphProcessConfigSpec(personnelSubgraph.service, personnelSubgraph.defaultPort));
  const dataSource = await openDataSource(personnelSubgraph, config);
  try {
    if (command === 'create') {
      if (!values.agency || !values.name || !values.scopes) throw new Error(USAGE);
      const { id, key } = await createApiKey(
        dataSource,
        { agencyId: Number(values.agency), name: values.name, scopes: parseScopes(values.scopes) },
        new Date(),
      );
      console.log(`API key ${id} created. Store it now; it is not shown again:\n${key}`);
    } else if (command === 'list') {
      for (const key of await listApiKeys(dataSource)) {
        const state = key.revokedAt ? `revoked ${key.revokedAt.toISOString()}` : 'active';
        console.log(
          `${key.id}\tagency ${key.agencyId}\t${key.name}\t${key.scopes}\t${key.createdAt.toISOString()}\t${state}`,
        );
      }
    } else {
      const id = Number(argument);
      if (!Number.isInteger(id)) throw new Error(USAGE);
      if (!(await revokeApiKey(dataSource, id, new Date()))) throw new Error(`no active API key ${id}`);
      console.log(`API key ${id} revoked.`);
    }
    return 0;
  } finally {
    await dataSource.destroy();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
