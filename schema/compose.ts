// Build-time composition: prints each subgraph's SDL from code, composes the supergraph and the client API schema.
// `node schema/dist/compose.js` writes them; `--check` fails (exit 1) when the committed files differ.
import 'reflect-metadata';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { composeServices } from '@apollo/composition';
import { printSubgraphSchema } from '@apollo/subgraph';
import { certificationSubgraph } from '@asn/certification';
import { personnelSubgraph } from '@asn/personnel';
import { trainingSubgraph } from '@asn/training';
import { parse, printSchema, type GraphQLSchema } from 'graphql';

const SUBGRAPHS: { name: string; buildSchema: () => Promise<GraphQLSchema> }[] = [
  { name: 'personnel', buildSchema: personnelSubgraph.buildSchema },
  { name: 'training', buildSchema: trainingSubgraph.buildSchema },
  { name: 'certification', buildSchema: certificationSubgraph.buildSchema },
];

/** Placeholder URLs: the gateway maps each subgraph name to its real URL from configuration. */
export function placeholderUrl(name: string): string {
  return `http://${name}.invalid/graphql`;
}

export async function composeSchemaFiles(): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  const services = [];
  for (const { name, buildSchema } of SUBGRAPHS) {
    const sdl = printSubgraphSchema(await buildSchema());
    files[`${name}.graphql`] = `${sdl.trim()}\n`;
    services.push({ name, url: placeholderUrl(name), typeDefs: parse(sdl) });
  }
  const result = composeServices(services);
  if (result.errors) {
    throw new Error(`Composition failed:\n${result.errors.map((error) => `- ${error.message}`).join('\n')}`);
  }
  if (result.hints.length > 0) {
    throw new Error(
      `Composition hints not accepted:\n${result.hints.map((hint) => `- ${hint.toString()}`).join('\n')}`,
    );
  }
  files['supergraph.graphql'] = `${result.supergraphSdl.trim()}\n`;
  files['api.graphql'] = `${printSchema(result.schema.toAPISchema().toGraphQLJSSchema()).trim()}\n`;
  return files;
}

async function main(): Promise<void> {
  const check = process.argv.includes('--check');
  const folder = join(__dirname, '..');
  const files = await composeSchemaFiles();
  const stale: string[] = [];
  for (const [file, content] of Object.entries(files)) {
    const path = join(folder, file);
    if (check) {
      let committed = '';
      try {
        committed = readFileSync(path, 'utf8');
      } catch {
        // a missing file is stale
      }
      if (committed !== content) stale.push(file);
    } else {
      writeFileSync(path, content);
    }
  }
  if (stale.length > 0) {
    console.error(`schema/ is stale (run npm run compose): ${stale.join(', ')}`);
    process.exit(1);
  }
  console.log(check ? 'schema/ is current' : `wrote ${Object.keys(files).join(', ')}`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
