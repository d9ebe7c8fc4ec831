// Two callers sending the same query at the same moment each get the answer for their own identity: the gateway
// must not merge identical in-flight subgraph fetches of different callers (the identity is signed into each fetch
// after the merge would have happened), or an ASN would receive what an administrator may see. SQLite only.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../support/graphql-client.js';
import { signIn } from '../support/sign-in.js';
import { startTestStack, type TestStack } from '../support/start-stack.js';

const EMPLOYEES = /* GraphQL */ `
  query Everyone {
    employees(first: 100) {
      edges {
        node {
          id
          nip
        }
      }
    }
  }
`;

type Everyone = { employees: { edges: { node: { id: string; nip: string | null } }[] } | null };

/** Whose NIP a caller sees (ids, sorted as the order of equal names may vary), with the error codes they got. */
async function seen(gatewayUrl: string, token: string): Promise<string> {
  const result = await graphql<Everyone>(gatewayUrl, EMPLOYEES, {}, { token });
  const ids = result.data?.employees?.edges
    .flatMap((edge) => (edge.node.nip ? [Number(edge.node.id)] : []))
    .sort((a, b) => a - b);
  return JSON.stringify({ ids, errors: result.errors?.map((error) => error.extensions?.code) });
}

describe('callers of the same query at the same time', () => {
  let stack: TestStack;
  const tokens: Record<'asn' | 'admin', string> = { asn: '', admin: '' };
  beforeAll(async () => {
    stack = await startTestStack({ database: 'sqlite' });
    [tokens.asn, tokens.admin] = await Promise.all([
      signIn(stack.gatewayUrl, 'asn.ambon.1'),
      signIn(stack.gatewayUrl, 'admin.ambon'),
    ]);
  });
  afterAll(() => stack?.stop());

  it('each get their own answer, and every caller costs its own subgraph fetch', async () => {
    const alone = {
      asn: await seen(stack.gatewayUrl, tokens.asn),
      admin: await seen(stack.gatewayUrl, tokens.admin),
    };
    // The control: the two answers differ, so a merged fetch would show.
    expect(alone.asn).not.toBe(alone.admin);
    const before = (await stack.stats()).personnel!.graphqlRequests;
    const callers = Array.from({ length: 40 }, (_, index) => (index % 2 === 0 ? 'asn' : 'admin') as 'asn' | 'admin');
    const answers = await Promise.all(callers.map((caller) => seen(stack.gatewayUrl, tokens[caller])));
    answers.forEach((answer, index) => expect(answer, `request ${index}`).toBe(alone[callers[index]!]));
    expect((await stack.stats()).personnel!.graphqlRequests - before).toBeGreaterThanOrEqual(callers.length);
  });
});
