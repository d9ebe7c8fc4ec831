// The cost estimate of graphql-armor's cost limit, with the page size a variable carries: armor counts `first: $n`
// as one, so a nested query paged by variables slipped under the limit a literal page size hits (docs/architecture.md,
// §3). Checked per request at execution, because the validation result is cached per document, not per variables.
import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import {
  getNamedType,
  getOperationAST,
  GraphQLError,
  isObjectType,
  isInterfaceType,
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLNamedType,
  type GraphQLSchema,
  type SelectionNode,
  type ValueNode,
} from 'graphql';

// armor's defaults. A page size the schema gives no default is the pager's (services/common/src/graphql/pager.ts);
// one in a variable above the largest cap of any field (the change feeds' 1,000) counts as that cap: the subgraph
// refuses it as input, naming the field, which says more than a cost error.
const OBJECT_COST = 2;
const SCALAR_COST = 1;
const DEPTH_COST_FACTOR = 1.5;
const DEFAULT_PAGE_SIZE = 20;
const MAX_PAGE_SIZE = 1000;

type Variables = Readonly<Record<string, unknown>>;

/** The page size a `first`/`last` argument asks for; absent or null is the field's default. */
function pageSize(
  value: ValueNode | undefined,
  variables: Variables,
  defaults: Variables,
  fieldDefault: unknown,
): number {
  // Written, it counts as written, like armor (the subgraph's cost limit counts it so too).
  if (value?.kind === Kind.INT) return Math.max(Number.parseInt(value.value, 10), 1);
  let size = value?.kind === Kind.VARIABLE ? (variables[value.name.value] ?? defaults[value.name.value]) : undefined;
  size ??= fieldDefault;
  return typeof size === 'number' && Number.isFinite(size)
    ? Math.min(Math.max(size, 1), MAX_PAGE_SIZE)
    : DEFAULT_PAGE_SIZE;
}

const PAGE_ARGUMENTS = ['first', 'last'];

/**
 * The estimated cost of the operation `operationName` of `document` asked with `variables`, as armor counts it. With
 * the schema, a page argument left out counts as the field's default (without it, only written ones count).
 */
export function estimateCost(
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Variables | null | undefined,
  schema?: GraphQLSchema,
): number {
  const operation = getOperationAST(document, operationName ?? undefined);
  if (!operation) return 0;
  const given = variables ?? {};
  const defaults: Record<string, unknown> = {};
  for (const definition of operation.variableDefinitions ?? []) {
    const value = definition.defaultValue;
    if (value?.kind === Kind.INT) defaults[definition.variable.name.value] = Number.parseInt(value.value, 10);
  }
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const visited = new Map<string, number>();

  const typeNamed = (name: string | undefined) => (name ? schema?.getType(name) : undefined) ?? undefined;

  const cost = (node: SelectionNode | FragmentDefinitionNode, parent: GraphQLNamedType | undefined): number => {
    if (node.kind === Kind.FIELD && node.name.value === '__schema') return 0;
    if (node.kind === Kind.FRAGMENT_SPREAD) {
      const name = node.name.value;
      const seen = visited.get(name);
      if (seen !== undefined) return SCALAR_COST + DEPTH_COST_FACTOR * Math.max(seen, 0);
      visited.set(name, -1);
      const fragment = fragments.get(name);
      if (!fragment) return SCALAR_COST;
      const fragmentCost = cost(fragment, typeNamed(fragment.typeCondition.name.value));
      visited.set(name, fragmentCost);
      return SCALAR_COST + DEPTH_COST_FACTOR * fragmentCost;
    }
    if (!node.selectionSet) return SCALAR_COST;
    let multiplier = 1;
    let type = parent;
    if (node.kind === Kind.FIELD) {
      const field =
        parent && (isObjectType(parent) || isInterfaceType(parent)) ? parent.getFields()[node.name.value] : undefined;
      type = field && getNamedType(field.type);
      const page = node.arguments?.find((argument) => PAGE_ARGUMENTS.includes(argument.name.value));
      const declared = field?.args.find((argument) => argument.name === (page?.name.value ?? 'first'));
      if (page || declared) multiplier = pageSize(page?.value, given, defaults, declared?.defaultValue);
    } else if (node.typeCondition) {
      type = typeNamed(node.typeCondition.name.value);
    }
    let total = OBJECT_COST;
    for (const child of node.selectionSet.selections) total += DEPTH_COST_FACTOR * cost(child, type);
    return total * multiplier;
  };
  const root = schema?.getRootType(operation.operation) ?? undefined;
  return operation.selectionSet.selections.reduce((sum, child) => sum + cost(child, root), 0);
}

/** Refuses an operation whose estimated cost, with its variables, is above `maxCost`. */
export function useCostLimit(maxCost: number): GatewayPlugin {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const found = estimateCost(args.document, args.operationName, args.variableValues, args.schema);
      if (found <= maxCost) return;
      setResultAndStopExecution({
        errors: [
          new GraphQLError(`Query Cost limit of ${maxCost} exceeded, found ${found}.`, {
            extensions: { code: 'QUERY_LIMIT_EXCEEDED', http: { status: 400 } },
          }),
        ],
      });
    },
  };
}
