// Federation subgraph checks (the compatibility suite's, as our own tests): _service and batched _entities.
import type { TestSubgraph } from './test-subgraph.js';

export async function fetchSubgraphSdl(subgraph: TestSubgraph): Promise<string> {
  const result = await subgraph.execute<{ _service: { sdl: string } }>('{ _service { sdl } }');
  if (!result.data) throw new Error(JSON.stringify(result.errors));
  return result.data._service.sdl;
}

/**
 * Resolves representations the way the gateway does (one _entities request), returning the selected fields of
 * each and the number of SQL statements it took.
 */
export async function resolveEntities(
  subgraph: TestSubgraph,
  typename: string,
  representations: Record<string, unknown>[],
  selection = 'id',
): Promise<{ entities: (Record<string, unknown> | null)[]; statements: number }> {
  const before = subgraph.counter.statements;
  const result = await subgraph.execute<{ _entities: (Record<string, unknown> | null)[] }>(
    `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on ${typename} { ${selection} } } }`,
    { representations: representations.map((representation) => ({ __typename: typename, ...representation })) },
  );
  if (!result.data) throw new Error(JSON.stringify(result.errors));
  return { entities: result.data._entities, statements: subgraph.counter.statements - before };
}
