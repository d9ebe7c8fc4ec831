// A small GraphQL client for the tests: always variables, never strings spliced into a query.
import { identityHeader, type Identity } from '@asn/common';
export interface GraphqlResponse<TData> {
  status: number;
  data?: TData | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}

export interface RequestOptions {
  token?: string;
  apiKey?: string;
  language?: string;
  headers?: Record<string, string>;
  /** Straight to a subgraph, as the gateway would send it: an identity token for that subgraph and this body. */
  as?: { identity: Identity; secret: string; audience: string };
}

// Tests assert on shapes they know; a loose default keeps each call site short.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function graphql<TData = Record<string, any>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  options: RequestOptions = {},
): Promise<GraphqlResponse<TData>> {
  const payload = JSON.stringify({ query, variables });
  const signed = options.as
    ? await identityHeader(options.as.identity, options.as.secret, {
        audience: options.as.audience,
        search: '',
        body: payload,
      })
    : {};
  const response = await fetch(url.endsWith('/graphql') ? url : `${url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json, application/json',
      ...(options.token && { authorization: `Bearer ${options.token}` }),
      ...(options.apiKey && { 'x-api-key': options.apiKey }),
      ...(options.language && { 'accept-language': options.language }),
      ...options.headers,
      ...signed,
    },
    body: payload,
  });
  const text = await response.text();
  let body: { data?: TData | null; errors?: GraphqlResponse<TData>['errors'] } = {};
  try {
    body = JSON.parse(text);
  } catch {
    body = { errors: [{ message: `non-JSON response: ${text.slice(0, 200)}` }] };
  }
  return { status: response.status, ...body };
}
