// The training subgraph through the gateway: the public catalog, an enrolment's life cycle as signed-in users,
// 30 parallel requests for a 5-seat session, JP matching completed enrolments, and a unit's JP compliance and
// needs analysis in one query. Mutations and personal data need the gateway's demo sign-in and personnel's
// employeeType / memberIds / competencyGaps.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../support/graphql-client.js';
import { signIn } from '../support/sign-in.js';
import { startTestStack, type TestStack } from '../support/start-stack.js';
import { DATABASES } from '../support/test-config.js';
import { AMBON_TIME_ZONE, yearIn } from '../support/local-date.js';

const CATALOG = /* GraphQL */ `
  query Catalog($filter: TrainingFilter, $first: Int!) {
    trainings(filter: $filter, first: $first) {
      totalCount
      edges {
        node {
          code
          form
          category
          provider {
            kind
          }
          sessions {
            seatsLeft
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;
const EMPLOYEE_JP = /* GraphQL */ `
  query EmployeeJp($first: Int!, $year: Int!) {
    employees(first: $first) {
      edges {
        node {
          id
          enrolments {
            status
            jpCredited
            completedOn
          }
          jp(year: $year) {
            earned
            projected
            target
            shortfall
          }
        }
      }
    }
  }
`;
const UNIT_TRAINING = /* GraphQL */ `
  query UnitTraining($id: ID!, $year: Int!) {
    unit(id: $id) {
      id
      jpCompliance(year: $year) {
        members
        atOrAbove
        below
        none
        target
      }
      trainingNeeds(year: $year) {
        budget
        spent
        needs {
          competency {
            id
          }
          trainings {
            rank
            cost
            gapClosed
            gapClosedPerMillion
            training {
              code
            }
          }
        }
        recommendations {
          rank
          cost
          gapClosed
          training {
            code
          }
        }
      }
    }
  }
`;
const CREATE_SESSION = /* GraphQL */ `
  mutation CreateSession($input: CreateTrainingSessionInput!) {
    createTrainingSession(input: $input) {
      id
    }
  }
`;
const REQUEST = /* GraphQL */ `
  mutation Request($input: RequestEnrolmentInput!) {
    requestEnrolment(input: $input) {
      id
      status
    }
  }
`;
const APPROVE = /* GraphQL */ `
  mutation Approve($input: EnrolmentDecisionInput!) {
    approveEnrolment(input: $input) {
      id
      status
    }
  }
`;

/** The employee a demo user is, from the claims of the token the sign-in issued. */
function employeeIdOf(token: string): string {
  const payload = JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString('utf8')) as { employeeId: string };
  return String(payload.employeeId);
}

describe.each(DATABASES)('training through the gateway on %s', (database) => {
  let stack: TestStack;
  const year = yearIn(AMBON_TIME_ZONE);
  beforeAll(async () => {
    stack = await startTestStack({ database });
  });
  afterAll(() => stack?.stop());

  it('searches the public catalog by form, category and text as a connection', async () => {
    const all = await graphql(stack.gatewayUrl, CATALOG, { first: 100 });
    expect(all.errors).toBeUndefined();
    expect(all.data!.trainings.totalCount).toBeGreaterThanOrEqual(55);
    const elearning = await graphql(stack.gatewayUrl, CATALOG, { first: 50, filter: { category: 'E_LEARNING' } });
    const nodes = elearning.data!.trainings.edges.map(
      (edge: { node: { form: string; provider: { kind: string } } }) => edge.node,
    );
    expect(nodes.every((node: { form: string }) => node.form === 'NON_CLASSICAL')).toBe(true);
    expect(nodes.some((node: { provider: { kind: string } }) => node.provider.kind === 'LAN')).toBe(true);
    const tooMany = await graphql(stack.gatewayUrl, CATALOG, { first: 101 });
    expect(tooMany.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('refuses an anonymous enrolment request with UNAUTHENTICATED', async () => {
    const result = await graphql(stack.gatewayUrl, REQUEST, { input: { employeeId: '1', sessionId: '1' } });
    expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('lets exactly 5 of 30 parallel requests for a 5-seat session through the gateway', async () => {
    const token = await signIn(stack.gatewayUrl, 'admin.ambon');
    const created = await graphql(
      stack.gatewayUrl,
      CREATE_SESSION,
      {
        input: {
          trainingId: '13',
          name: 'Angkatan Serentak',
          startDate: `${year + 1}-03-01`,
          endDate: `${year + 1}-03-03`,
          mode: 'ONLINE',
          location: 'Daring',
          capacity: 5,
          registrationDeadline: `${year + 1}-02-20`,
        },
      },
      { token },
    );
    expect(created.errors).toBeUndefined();
    const sessionId = created.data!.createTrainingSession.id;
    const results = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        graphql(stack.gatewayUrl, REQUEST, { input: { employeeId: String(i + 1), sessionId } }, { token }),
      ),
    );
    expect(results.filter((result) => !result.errors).length).toBe(5);
    expect(results.flatMap((result) => result.errors ?? []).map((error) => error.extensions?.reason)).toEqual(
      Array(25).fill('SESSION_FULL'),
    );
  });

  it('lets an ASN request and refuses the ASN approving; the manager approves', async () => {
    const asnToken = await signIn(stack.gatewayUrl, 'asn.ambon.1');
    const request = await graphql(
      stack.gatewayUrl,
      REQUEST,
      { input: { employeeId: employeeIdOf(asnToken), sessionId: '2' } },
      { token: asnToken },
    );
    if (request.errors) {
      // Session 2 may be closed for registration on today's date: the refusal must then say so.
      expect(request.errors[0]!.extensions?.reason).toBe('REGISTRATION_CLOSED');
      return;
    }
    const enrolmentId = request.data!.requestEnrolment.id;
    const refused = await graphql(stack.gatewayUrl, APPROVE, { input: { enrolmentId } }, { token: asnToken });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const adminToken = await signIn(stack.gatewayUrl, 'admin.ambon');
    const approved = await graphql(stack.gatewayUrl, APPROVE, { input: { enrolmentId } }, { token: adminToken });
    expect(approved.data!.approveEnrolment.status).toBe('APPROVED');
  });

  it('gives each employee the JP of their completed enrolments ending in the year', async () => {
    const token = await signIn(stack.gatewayUrl, 'admin.ambon');
    const result = await graphql(stack.gatewayUrl, EMPLOYEE_JP, { first: 20, year: year - 1 }, { token });
    expect(result.errors).toBeUndefined();
    for (const { node: employee } of result.data!.employees.edges) {
      const expected = employee.enrolments
        .filter(
          (e: { status: string; completedOn: string | null }) =>
            e.status === 'COMPLETED' && e.completedOn?.startsWith(String(year - 1)),
        )
        .reduce((sum: number, e: { jpCredited: number }) => sum + e.jpCredited, 0);
      expect(employee.jp.earned).toBe(expected);
      expect(employee.jp.shortfall).toBe(employee.jp.target === null ? null : Math.max(0, 20 - expected));
    }
  });

  it('answers a unit’s JP compliance and needs analysis in one query, in statements that do not grow with members', async () => {
    const token = await signIn(stack.gatewayUrl, 'admin.ambon');
    const before = await stack.stats();
    const result = await graphql(stack.gatewayUrl, UNIT_TRAINING, { id: '1', year }, { token });
    const after = await stack.stats();
    expect(result.errors).toBeUndefined();
    const compliance = result.data!.unit.jpCompliance;
    expect(compliance.atOrAbove + compliance.below + compliance.none).toBe(compliance.members);
    expect(result.data!.unit.trainingNeeds.spent).toBeLessThanOrEqual(result.data!.unit.trainingNeeds.budget);
    // Each competency's trainings come ranked by levels of its gap closed per rupiah, free ones first.
    const needs: { trainings: { rank: number; gapClosedPerMillion: number | null }[] }[] =
      result.data!.unit.trainingNeeds.needs;
    expect(needs.some((need) => need.trainings.length > 1)).toBe(true);
    for (const { trainings } of needs) {
      expect(trainings.map((option) => option.rank)).toEqual(trainings.map((_, index) => index + 1));
      const ratios = trainings.map((option) => option.gapClosedPerMillion ?? Number.POSITIVE_INFINITY);
      expect(ratios).toEqual([...ratios].sort((a, b) => b - a));
    }
    expect(after.training!.graphqlRequests - before.training!.graphqlRequests).toBe(1);
    // 75 members against 7: the same handful of statements. On MariaDB a loader's batch can split across two ticks
    // when a query returns late, which only ever adds statements: the fewest of three runs is the batching's own count.
    const statementsFor = async (id: string) => {
      const counts: number[] = [];
      for (let run = 0; run < 3; run += 1) {
        const start = await stack.stats();
        const answer = await graphql(stack.gatewayUrl, UNIT_TRAINING, { id, year }, { token });
        expect(answer.errors).toBeUndefined();
        counts.push((await stack.stats()).training!.sqlStatements - start.training!.sqlStatements);
      }
      return Math.min(...counts);
    };
    const big = await statementsFor('1');
    const small = await statementsFor('6');
    expect(Math.abs(big - small)).toBeLessThanOrEqual(1);
    expect(big).toBeLessThanOrEqual(10);
  });
});
