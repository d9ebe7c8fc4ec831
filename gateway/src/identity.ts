// The caller's identity, as the gateway resolved it, forwarded to every subgraph fetch as a signed header.
import { IDENTITY_HEADER, signIdentity, type Identity } from '@asn/common';

/** One token per request, reused for all its subgraph fetches. */
export function createIdentityHeaders(secret: string) {
  const tokens = new WeakMap<object, Promise<string>>();
  return (context: object, identity: Identity): Promise<Record<string, string>> => {
    let token = tokens.get(context);
    if (!token) {
      token = signIdentity(identity, secret);
      tokens.set(context, token);
    }
    return token.then((value) => ({ [IDENTITY_HEADER]: value }));
  };
}
