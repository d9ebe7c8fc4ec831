// Every string a request carries into a subgraph is bounded and free of control characters, whatever field it is
// for: a resolver that forgets its own bound still cannot store 900 KB or a NUL. Fields with a tighter bound (names,
// comments) check it where they are read; CSV documents (LARGE_TEXT_FIELDS) are bounded by their importer.
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { Kind, visit, type ASTNode, type DocumentNode } from 'graphql';
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

/** Strings written into the document itself, with the path of arguments and input fields that leads to each. */
function checkLiterals(document: DocumentNode): void {
  visit(document, {
    StringValue(node, _key, _parent, _path, ancestors) {
      const names = (ancestors as readonly (ASTNode | readonly ASTNode[])[])
        .filter((ancestor): ancestor is ASTNode => !Array.isArray(ancestor))
        .flatMap((ancestor) =>
          ancestor.kind === Kind.ARGUMENT || ancestor.kind === Kind.OBJECT_FIELD ? [ancestor.name.value] : [],
        );
      if (names.length > 0) checkValue(node.value, names);
    },
  });
}

export function boundedInputPlugin(): ApolloServerPlugin<BaseContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          checkValue(request.variables ?? {}, []);
          checkLiterals(document);
        },
      };
    },
  };
}
