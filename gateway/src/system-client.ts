// The gateway's own calls to personnel (sign-in profiles, API key look-ups, managers' people, agencies of what a
// mutation names), as the 'system' identity, which the subgraphs let read those look-ups and nothing else.
import { identityHeader } from '@asn/common/identity';

export function createSystemClient(url: string, identitySecret: string, audience = 'personnel') {
  const search = new URL(url).search;
  return async function query<TData>(document: string, variables: Record<string, unknown>): Promise<TData> {
    const body = JSON.stringify({ query: document, variables });
    const response = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(await identityHeader({ kind: 'system' }, identitySecret, { audience, search, body })),
      },
      body,
      signal: AbortSignal.timeout(5000),
    });
    const result = (await response.json()) as { data?: TData; errors?: { message: string }[] };
    if (!result.data)
      throw new Error(`subgraph call failed: ${result.errors?.map((error) => error.message).join('; ')}`);
    return result.data;
  };
}

export type SystemClient = ReturnType<typeof createSystemClient>;
