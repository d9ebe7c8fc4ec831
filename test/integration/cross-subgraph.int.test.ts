import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../support/graphql-client.js';
import { signIn } from '../support/sign-in.js';
import { startTestStack, type TestStack } from '../support/start-stack.js';
import { DATABASES } from '../support/test-config.js';

const EMPLOYEES_ACROSS_SUBGRAPHS = /* GraphQL */ `
  query EmployeesAcrossSubgraphs($first: Int!) {
    employees(first: $first) {
      edges {
        node {
          id
          nip
          name
          enrolments {
            status
            training {
              title
              jp
            }
          }
          certificates {
            number
            scheme {
              name
            }
          }
        }
      }
    }
  }
`;

describe.each(DATABASES)('the federated graph on %s', (database) => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startTestStack({ database });
  });
  afterAll(() => stack?.stop());

  it('answers one query with fields from all three subgraphs', async () => {
    const token = await signIn(stack.gatewayUrl, 'admin.ambon');
    const result = await graphql(stack.gatewayUrl, EMPLOYEES_ACROSS_SUBGRAPHS, { first: 5 }, { token });
    expect(result.errors).toBeUndefined();
    const edges = result.data!.employees.edges as { node: { enrolments: unknown[]; certificates: unknown[] } }[];
    const employees = edges.map((edge) => edge.node);
    expect(employees.length).toBeGreaterThan(0);
    expect(employees.some((employee) => employee.enrolments.length > 0)).toBe(true);
    expect(employees.some((employee) => employee.certificates.length > 0)).toBe(true);
  });

  it('reports every subgraph ready', async () => {
    const response = await fetch(`${stack.gatewayUrl}/readiness`);
    expect(response.status).toBe(200);
  });
});
