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
  return readAfterWrite(buildSubgraphSchema([{ typeDefs, resolvers }] as SchemaModules));
}

/** A context whose per-request loaders can be replaced, so reads after a write do not see what they cached before. */
export interface RenewableLoaders {
  loaders: object;
  /** A new set of the request's loaders, empty of what was read before. */
  freshLoaders(): object;
}

function hasRenewableLoaders(context: unknown): context is RenewableLoaders {
  return typeof (context as Partial<RenewableLoaders> | null)?.freshLoaders === 'function';
}

/**
 * Every mutation answers with the state after its write: a mutation first loads what it checks through the request's
 * loaders (the employee, its agency, its talent placement…), so once it has written, the fields of its answer must
 * not be read from those caches. After each mutation field resolves, the request gets fresh loaders.
 */
function readAfterWrite(schema: GraphQLSchema): GraphQLSchema {
  for (const field of Object.values(schema.getMutationType()?.getFields() ?? {})) {
    const resolve = field.resolve;
    if (!resolve) continue;
    field.resolve = async (source, args, context, info) => {
      const result: unknown = await resolve(source, args, context, info);
      // On the context the resolvers receive (Apollo Server hands them a shallow copy of the one the factory built).
      if (hasRenewableLoaders(context)) context.loaders = context.freshLoaders();
      return result;
    };
  }
  return schema;
}
