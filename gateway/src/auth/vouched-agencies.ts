// Training and certification write rows for employees and units they know only by id; to let an administrator act
// on their own agency's people and units only, the gateway looks up in personnel the agency of every employee and
// unit a mutation names and vouches for it in the signed identity (services/common auth-context.ts).
import { Kind, parse, visit, type DocumentNode } from 'graphql';
import type { SystemClient } from '../system-client.js';

type Kind_ = 'Employee' | 'Unit';
/** The argument and input-field names that carry an employee's or a unit's id; vouched-agencies.test.ts checks every
 *  ID of a training or certification mutation in schema/api.graphql is either here or a row that subgraph owns. */
export const VOUCHED_ID_FIELDS: Readonly<Record<string, Kind_>> = {
  employeeId: 'Employee',
  employeeIds: 'Employee',
  menteeId: 'Employee',
  mentorId: 'Employee',
  unitId: 'Unit',
};

const AGENCIES = /* GraphQL */ `
  query Agencies($representations: [_Any!]!) {
    _entities(representations: $representations) {
      __typename
      ... on Employee {
        id
        agency {
          id
        }
      }
      ... on Unit {
        id
        agency {
          id
        }
      }
    }
  }
`;

export interface VouchedAgencies {
  employeeAgencies: Record<string, string>;
  unitAgencies: Record<string, string>;
}

/** `Employee:15`, `Unit:6` */
type Reference = string;

function collectFromValue(value: unknown, key: string | undefined, found: Set<Reference>): void {
  if (Array.isArray(value)) {
    for (const item of value) collectFromValue(item, key, found);
  } else if (value !== null && typeof value === 'object') {
    for (const [childKey, child] of Object.entries(value)) collectFromValue(child, childKey, found);
  } else if (key !== undefined && VOUCHED_ID_FIELDS[key] && (typeof value === 'string' || typeof value === 'number')) {
    found.add(`${VOUCHED_ID_FIELDS[key]}:${value}`);
  }
}

/** The employees and units a mutation names, in its variables or written into the document. */
export function referencesOfMutation(document: DocumentNode, variables: Record<string, unknown>): Reference[] {
  const found = new Set<Reference>();
  let isMutation = false;
  const literal = (name: string, value: { kind: string; value?: string }) => {
    if (VOUCHED_ID_FIELDS[name] && (value.kind === Kind.STRING || value.kind === Kind.INT))
      found.add(`${VOUCHED_ID_FIELDS[name]}:${value.value}`);
  };
  visit(document, {
    OperationDefinition(node) {
      if (node.operation === 'mutation') isMutation = true;
    },
    ObjectField: (node) => literal(node.name.value, node.value as { kind: string; value?: string }),
    Argument: (node) => literal(node.name.value, node.value as { kind: string; value?: string }),
  });
  if (!isMutation) return [];
  collectFromValue(variables, undefined, found);
  return [...found].filter((reference) => /^(Employee|Unit):\d{1,10}$/.test(reference)).slice(0, 500);
}

export function createAgencyLookup(personnel: SystemClient) {
  return async (query: string, variables: Record<string, unknown>): Promise<VouchedAgencies> => {
    const vouched: VouchedAgencies = { employeeAgencies: {}, unitAgencies: {} };
    let document: DocumentNode;
    try {
      document = parse(query);
    } catch {
      return vouched;
    }
    const references = referencesOfMutation(document, variables);
    if (references.length === 0) return vouched;
    const data = await personnel<{ _entities: ({ __typename: Kind_; id: string; agency: { id: string } } | null)[] }>(
      AGENCIES,
      {
        representations: references.map((reference) => {
          const [typename, id] = reference.split(':');
          return { __typename: typename, id };
        }),
      },
    );
    for (const entity of data._entities) {
      if (!entity) continue;
      const target = entity.__typename === 'Employee' ? vouched.employeeAgencies : vouched.unitAgencies;
      target[entity.id] = entity.agency.id;
    }
    return vouched;
  };
}
