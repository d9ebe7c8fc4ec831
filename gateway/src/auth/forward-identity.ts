// The caller's identity, as the gateway resolved it, forwarded to each subgraph fetch as a signed header that names
// that subgraph, lives a few seconds and carries the digest of that very fetch (services/common auth-context.ts).
import { identityHeader, type Identity } from '@asn/common/identity';
import type { AgencyTimeZoneLookup } from './agency-time-zone.js';

export interface RequestParams {
  query?: string;
  variables?: Record<string, unknown>;
}

export type AgencyLookup = (
  query: string,
  variables: Record<string, unknown>,
) => Promise<{ employeeAgencies: Record<string, string>; unitAgencies: Record<string, string> }>;

/** A manager's units (with sub-units) and people as personnel has them now. */
export type ManagedScopeLookup = (employeeId: string) => Promise<{ unitIds: string[]; employeeIds: string[] }>;

export interface IdentityLookups {
  agencies: AgencyLookup;
  managedScope: ManagedScopeLookup;
  timeZone: AgencyTimeZoneLookup;
}

/** One subgraph fetch: which subgraph, and the query string and body it carries. */
export interface SubgraphFetch {
  audience: string;
  search: string;
  body: string;
}

/**
 * The identity of a request is completed once (cached per request context) with what personnel says now: the time
 * zone of the caller's agency (so every subgraph dates "today" alike), a manager's units and people, never the bearer
 * token's copy, so moving someone out of a unit takes effect on the next request; a mutation also carries the
 * agencies of the employees and units it names. Each fetch then gets its own token.
 */
export function createIdentityHeaders(secret: string, lookups: IdentityLookups) {
  const completed = new WeakMap<object, Promise<Identity>>();
  const complete = async (identity: Identity, params: RequestParams | undefined): Promise<Identity> => {
    if (identity.kind !== 'user' && identity.kind !== 'apiKey') return identity;
    if (identity.kind === 'apiKey') {
      const timeZone = await lookups.timeZone(identity.agencyId);
      return timeZone ? { ...identity, timeZone } : identity;
    }
    const { unitIds: _claimedUnits, employeeIds: _claimedPeople, ...claims } = identity;
    const [timeZone, managed, vouched] = await Promise.all([
      lookups.timeZone(identity.agencyId),
      identity.role === 'MANAGER' && identity.employeeId !== undefined
        ? lookups.managedScope(identity.employeeId)
        : identity.role === 'MANAGER'
          ? { unitIds: [], employeeIds: [] }
          : undefined,
      params?.query?.includes('mutation') ? lookups.agencies(params.query, params.variables ?? {}) : undefined,
    ]);
    return { ...claims, ...(timeZone && { timeZone }), ...managed, ...vouched };
  };
  return (
    context: object,
    identity: Identity,
    params: RequestParams | undefined,
    fetch: SubgraphFetch,
  ): Promise<Record<string, string>> => {
    let full = completed.get(context);
    if (!full) {
      full = complete(identity, params);
      completed.set(context, full);
    }
    return full.then((value) => identityHeader(value, secret, fetch));
  };
}

export type IdentityHeaders = ReturnType<typeof createIdentityHeaders>;
