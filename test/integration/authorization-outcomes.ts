// The outcomes an authorization table row can expect, and how each is checked on a gateway response. A refusal is
// FORBIDDEN or UNAUTHENTICATED; where the policy filters instead of refusing, the row says how (FILTERED).
import { expect } from 'vitest';
import type { GraphqlResponse } from '../support/graphql-client.js';
import { ROLES, type Caller, type Role } from '../support/identities.js';
import type { AdminFixtures } from '../support/admin-fixtures.js';

export interface Filtered {
  /** What the policy does instead of refusing, in words. */
  filtered: string;
  check: (response: GraphqlResponse<Record<string, unknown>>, field: string, caller: Caller) => void;
}
export type Outcome = 'ALLOWED' | 'DENIED' | Filtered;

export interface TableRow {
  /** The root field of schema/api.graphql this row covers. */
  field: string;
  /** What the row tries, when a field has several rows. */
  label?: string;
  document: string;
  /** The variables for one caller; may create the fixtures the operation needs, as the administrator. */
  variables: (caller: Caller, fixtures: AdminFixtures) => Promise<Record<string, unknown>> | Record<string, unknown>;
  expected: Record<Role, Outcome>;
}

const REFUSALS = ['FORBIDDEN', 'UNAUTHENTICATED'];
const codes = (response: GraphqlResponse<unknown>) => (response.errors ?? []).map((error) => error.extensions?.code);

/** Every role allowed. */
export const PUBLIC: Record<Role, Outcome> = Object.fromEntries(ROLES.map((role) => [role, 'ALLOWED'])) as Record<
  Role,
  Outcome
>;

/** The roles listed are allowed, every other role is refused; `others` overrides single roles. */
export function only(allowed: Role[], others: Partial<Record<Role, Outcome>> = {}): Record<Role, Outcome> {
  return Object.fromEntries(
    ROLES.map((role) => [role, others[role] ?? (allowed.includes(role) ? 'ALLOWED' : 'DENIED')]),
  ) as Record<Role, Outcome>;
}

/** The record is there, its personal fields are null, and the only errors are refusals on those fields. */
export function personalFieldsNull(...fields: string[]): Filtered {
  return {
    filtered: `personal fields (${fields.join(', ')}) null`,
    check(response, field) {
      const record = response.data?.[field] as Record<string, unknown> | null | undefined;
      expect(record, 'the record itself is readable').toBeTruthy();
      for (const name of fields) expect(record![name], `${name} is withheld`).toBeNull();
      // Withheld silently or with a refusal on the field itself, never anything else.
      for (const error of response.errors ?? []) {
        expect(error.extensions?.code).toBe('FORBIDDEN');
        expect(fields).toContain(error.path?.at(-1));
      }
    },
  };
}

/** In a list, `personal` is null on every record except those of `visibleIds` (the caller's own, or their people). */
export function personalNullExcept(personal: string, visibleIds: (caller: Caller) => number[]): Filtered {
  return {
    filtered: `${personal} null on records that are not the caller’s`,
    check(response, field, caller) {
      const connection = response.data?.[field] as { edges: { node: Record<string, unknown> }[] } | undefined;
      expect(connection?.edges.length, 'the list is there').toBeGreaterThan(0);
      const visible = new Set(visibleIds(caller).map(String));
      for (const { node } of connection!.edges) {
        if (visible.has(node.id as string)) expect(node[personal], `${personal} of ${node.id}`).not.toBeNull();
        else expect(node[personal], `${personal} of ${node.id} withheld`).toBeNull();
      }
      for (const error of response.errors ?? []) {
        expect(error.extensions?.code).toBe('FORBIDDEN');
        expect(error.path?.at(-1)).toBe(personal);
      }
    },
  };
}

/** The other agency's record does not exist for this caller: null, empty, or a not-found input error. */
export const HIDDEN: Filtered = {
  filtered: 'the other agency’s data reads as absent',
  check(response, field) {
    const value = response.data?.[field] ?? null;
    const empty =
      value === null ||
      (Array.isArray(value) && value.length === 0) ||
      (typeof value === 'object' &&
        ((value as { totalCount?: number }).totalCount === 0 || (value as { edges?: unknown[] }).edges?.length === 0));
    expect(empty, `no data: ${JSON.stringify(value)?.slice(0, 200)}`).toBe(true);
    for (const code of codes(response)) expect(['NOT_FOUND', 'BAD_USER_INPUT', ...REFUSALS]).toContain(code);
  },
};

/** Checks one response against the outcome a row expects for this caller. */
export function checkOutcome(
  response: GraphqlResponse<Record<string, unknown>>,
  field: string,
  outcome: Outcome,
  caller: Caller,
): void {
  const refused = codes(response).filter((code) => REFUSALS.includes(code as string));
  if (outcome === 'ALLOWED') {
    expect(refused, `not refused: ${JSON.stringify(response.errors)?.slice(0, 300)}`).toEqual([]);
    expect(response.errors ?? [], 'no error at all').toEqual([]);
    expect(response.data?.[field], 'the data is there').not.toBeNull();
    expect(response.data?.[field], 'the data is there').toBeDefined();
  } else if (outcome === 'DENIED') {
    expect(refused.length, `refused: ${JSON.stringify(response.data)?.slice(0, 200)}`).toBeGreaterThan(0);
    expect(response.data?.[field] ?? null, 'no data').toBeNull();
  } else {
    outcome.check(response, field, caller);
  }
}
