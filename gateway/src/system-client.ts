// The gateway's own calls to a subgraph (sign-in profiles, API key look-ups), as the 'system' identity.
import { IDENTITY_HEADER, signIdentity } from '@asn/common';

export function createSystemClient(url: string, identitySecret: string) {
  return async function query<TData>(document: string, variables: Record<string, unknown>): Promise<TData> {
    const response = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        [IDENTITY_HEADER]: await signIdentity({ kind: 'system' }, identitySecret),
      },
      body: JSON.stringify({ query: document, variables }),
      signal: AbortSignal.timeout(5000),
    });
    const body = (await response.json()) as { data?: TData; errors?: { message: string }[] };
    if (!body.data) throw new Error(`subgraph call failed: ${body.errors?.map((error) => error.message).join('; ')}`);
    return body.data;
  };
}

export type SystemClient = ReturnType<typeof createSystemClient>;
