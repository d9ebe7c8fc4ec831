// The caller's identity, as the gateway resolved it, forwarded to every subgraph fetch as a signed header.
import { IDENTITY_HEADER, signIdentity, type Identity } from '@asn/common';

export interface RequestParams {
  query?: string;
  variables?: Record<string, unknown>;
}

export type AgencyLookup = (
  query: string,
  variables: Record<string, unknown>,
) => Promise<{ employeeAgencies: Record<string, string>; unitAgencies: Record<string, string> }>;

/** One token per request, reused for all its subgraph fetches; it carries the time zone of the caller's agency, and
 *  a user's mutation also the agencies of the employees and units it names. */
export function createIdentityHeaders(
  secret: string,
  lookupAgencies: AgencyLookup,
  agencyTimeZone: (agencyId: string) => Promise<string | undefined>,
) {
  const tokens = new WeakMap<object, Promise<string>>();
  const complete = async (identity: Identity, params: RequestParams | undefined): Promise<Identity> => {
    if (identity.kind !== 'user' && identity.kind !== 'apiKey') return identity;
    const timeZone = await agencyTimeZone(identity.agencyId);
    const zoned = timeZone ? { ...identity, timeZone } : identity;
    if (zoned.kind !== 'user' || !params?.query?.includes('mutation')) return zoned;
    const vouched = await lookupAgencies(params.query, params.variables ?? {});
    return { ...zoned, ...vouched };
  };
  return (context: object, identity: Identity, params: RequestParams | undefined): Promise<Record<string, string>> => {
    let token = tokens.get(context);
    if (!token) {
      token = complete(identity, params).then((full) => signIdentity(full, secret));
      tokens.set(context, token);
    }
    return token.then((value) => ({ [IDENTITY_HEADER]: value }));
  };
}
