// Every string a request carries into a subgraph is bounded and free of control characters, whatever field it is
// for: a resolver that forgets its own bound still cannot store 900 KB or a NUL. Fields with a tighter bound (names,
// comments) check it where they are read; CSV documents (LARGE_TEXT_FIELDS) are bounded by their importer.
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { Kind, visit, type ArgumentNode, type ASTNode, type DocumentNode, type ObjectFieldNode } from 'graphql';
import { LARGE_TEXT_FIELDS, checkInputString } from './text.js';

function checkValue(value: unknown, path: string[]): void {
  if (typeof value === 'string') {
    const field = path.join('.');
    if (!LARGE_TEXT_FIELDS.has(path.at(-1) ?? '')) checkInputString(value, field);
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => checkValue(item, [...path, String(index)]));
  } else if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) checkValue(child, [...path, key]);
  }
}

/** Each argument and input field of the document, its value written in or given as a variable, named by the path
 *  of arguments and input fields that leads to it (`input.items.0.note`, `filter.search`). */
function checkArguments(document: DocumentNode, variables: Record<string, unknown>): void {
  const pathOf = (ancestors: readonly (ASTNode | readonly ASTNode[])[], node: ArgumentNode | ObjectFieldNode) => [
    ...ancestors
      .filter((ancestor): ancestor is ASTNode => !Array.isArray(ancestor))
      .flatMap((ancestor) =>
        ancestor.kind === Kind.ARGUMENT || ancestor.kind === Kind.OBJECT_FIELD ? [ancestor.name.value] : [],
      ),
    node.name.value,
  ];
  const check = (node: ArgumentNode | ObjectFieldNode, ancestors: readonly (ASTNode | readonly ASTNode[])[]): void => {
    if (node.value.kind === Kind.STRING) checkValue(node.value.value, pathOf(ancestors, node));
    else if (node.value.kind === Kind.VARIABLE) checkValue(variables[node.value.name.value], pathOf(ancestors, node));
  };
  visit(document, {
    Argument: (node, _key, _parent, _path, ancestors) => check(node, ancestors),
    ObjectField: (node, _key, _parent, _path, ancestors) => check(node, ancestors),
  });
}

export function boundedInputPlugin(): ApolloServerPlugin<BaseContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          checkArguments(document, request.variables ?? {});
        },
      };
    },
  };
}
