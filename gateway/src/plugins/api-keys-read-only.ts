// External systems read the graph: an API key may not run a mutation (the subgraphs refuse it too).
import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { getOperationAST } from 'graphql';
import { createGraphQLError } from 'graphql-yoga';
import type { IdentityContext } from './identity.js';

export function useApiKeysReadOnly(): GatewayPlugin<IdentityContext> {
  return {
    onValidate({ context, params }) {
      const operation = getOperationAST(params.documentAST, context.params?.operationName ?? undefined);
      if (context.identity?.kind === 'apiKey' && operation?.operation === 'mutation') {
        throw createGraphQLError('API keys may only run queries.', {
          extensions: { code: 'FORBIDDEN', http: { status: 403 } },
        });
      }
    },
  };
}
