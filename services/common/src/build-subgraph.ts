// type-graphql resolvers -> an Apollo Federation 2 subgraph schema, in one place for the three subgraphs.
import type { GraphQLResolveInfo, GraphQLSchema } from 'graphql';
import { gql } from 'graphql-tag';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { buildSchema, createResolversMap, type AuthChecker, type NonEmptyArray } from 'type-graphql';
import { createAuditLogResolver } from './audit/audit-log.resolver.js';
import { DateScalar } from './scalars/date.scalar.js';

/** The federation directives our subgraphs may use: each must be imported by the @link or type-graphql's SDL fails. */
const FEDERATION_LINK =
  'extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable", "@external", "@requires", "@provides", "@inaccessible"])';

type SchemaModules = Extract<Parameters<typeof buildSubgraphSchema>[0], unknown[]>;

/** `__resolveReference` for an entity: receives the representation (its key fields) and the request context. */
export type ReferenceResolver<TContext> = (
  representation: Record<string, unknown>,
  context: TContext,
  info: GraphQLResolveInfo,
) => unknown;

export interface SubgraphDefinition<TContext extends object> {
  /** The subgraph's name: its audit log query is `<service>AuditLog`. */
  service?: string;
  resolvers: NonEmptyArray<Function>;
  /** Types no root field reaches, such as the stubs of other subgraphs' entities. */
  orphanedTypes?: Function[];
  /** Entity name -> reference resolver; each must batch through a per-request loader. */
  references: Record<string, ReferenceResolver<TContext>>;
  authChecker?: AuthChecker<TContext>;
}

export async function buildSubgraph<TContext extends object>(
  definition: SubgraphDefinition<TContext>,
): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers: definition.service
      ? [...definition.resolvers, createAuditLogResolver(`${definition.service}AuditLog`)]
      : definition.resolvers,
    orphanedTypes: definition.orphanedTypes,
    scalarsMap: [{ type: Date, scalar: DateScalar }],
    authChecker: definition.authChecker,
    authMode: 'error',
    validate: false,
    skipCheck: true,
  });
  const typeDefs = gql(`${FEDERATION_LINK}\n${printSchemaWithDirectives(schema)}`);
  const resolvers: Record<string, object> = createResolversMap(schema);
  for (const [typeName, resolveReference] of Object.entries(definition.references)) {
    resolvers[typeName] = { ...resolvers[typeName], __resolveReference: resolveReference };
  }
  // type-graphql's resolver map and @apollo/subgraph's describe the same object with differently spelled types.
  return buildSubgraphSchema([{ typeDefs, resolvers }] as SchemaModules);
}
