// Every .graphql document of the web app is valid against schema/api.graphql: a schema change that would break
// the UI fails here, before any browser runs. Also keeps the house rule of one definition per file, named after it.
import {
  buildSchema,
  Kind,
  parse,
  validate,
  visit,
  type DocumentNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import apiSchemaSdl from '../../../schema/api.graphql?raw';

const files = import.meta.glob<string>('./{queries,mutations,fragments}/*.graphql', {
  query: '?raw',
  import: 'default',
  eager: true,
});

const schema = buildSchema(apiSchemaSdl);
const parsed = Object.entries(files).map(([path, source]) => ({ path, document: parse(source) }));
const fragments = new Map<string, FragmentDefinitionNode>();
for (const { document } of parsed) {
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
}

function spreadNames(node: OperationDefinitionNode | FragmentDefinitionNode): string[] {
  const names: string[] = [];
  visit(node, { FragmentSpread: (spread) => void names.push(spread.name.value) });
  return names;
}

/** The operation with every fragment it reaches, as the client sends it. */
function withFragments(operation: OperationDefinitionNode): { document: DocumentNode; used: Set<string> } {
  const used = new Set<string>();
  const pending = spreadNames(operation);
  while (pending.length > 0) {
    const name = pending.pop()!;
    if (used.has(name)) continue;
    used.add(name);
    const fragment = fragments.get(name);
    if (fragment) pending.push(...spreadNames(fragment));
  }
  const definitions = [operation, ...[...used].flatMap((name) => fragments.get(name) ?? [])];
  return { document: { kind: Kind.DOCUMENT, definitions }, used };
}

const operations = parsed.flatMap(({ path, document }) =>
  document.definitions.flatMap((definition) =>
    definition.kind === Kind.OPERATION_DEFINITION ? [{ path, operation: definition }] : [],
  ),
);

describe('web GraphQL documents', () => {
  it('finds documents to check', () => {
    expect(operations.length).toBeGreaterThan(0);
  });

  it.each(parsed.map(({ path, document }) => [path, document] as const))(
    '%s holds one definition named after the file',
    (path, document) => {
      expect(document.definitions).toHaveLength(1);
      const [definition] = document.definitions;
      const name = definition && 'name' in definition ? definition.name?.value : undefined;
      expect(`${name}.graphql`).toBe(path.split('/').pop());
    },
  );

  it.each(operations.map(({ path, operation }) => [path, operation] as const))(
    '%s is valid against schema/api.graphql',
    (_path, operation) => {
      const errors = validate(schema, withFragments(operation).document).map((error) => error.message);
      expect(errors).toEqual([]);
    },
  );

  it('uses every fragment in some operation', () => {
    const used = new Set(operations.flatMap(({ operation }) => [...withFragments(operation).used]));
    expect([...fragments.keys()].filter((name) => !used.has(name))).toEqual([]);
  });
});
