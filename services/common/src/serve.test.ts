import { GraphQLObjectType, GraphQLSchema, GraphQLString } from 'graphql';
import { afterEach, describe, expect, it } from 'vitest';
import { createLogger } from './logger.js';
import { createApolloServer } from './serve.js';

const schema = new GraphQLSchema({
  query: new GraphQLObjectType({ name: 'Query', fields: { ok: { type: GraphQLString } } }),
});

describe('createApolloServer', () => {
  const nodeEnv = process.env.NODE_ENV;
  afterEach(() => {
    process.env.NODE_ENV = nodeEnv;
  });

  it('leaves SIGTERM and SIGINT to stopOnSignals, which drains before stopping it (as in production)', async () => {
    process.env.NODE_ENV = 'production';
    const before = [process.listenerCount('SIGTERM'), process.listenerCount('SIGINT')];
    const server = createApolloServer(schema, createLogger('test', 'silent'));
    await server.start();
    try {
      expect([process.listenerCount('SIGTERM'), process.listenerCount('SIGINT')]).toEqual(before);
    } finally {
      await server.stop();
    }
  });
});
