// The personnel API through the gateway, signed in as demo users, on SQLite and on MySQL: the employees connection
// and its filters, validation that writes nothing, the CSV import, and SQL statements that do not grow with rows.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../support/graphql-client.js';
import { signIn } from '../support/sign-in.js';
import { startTestStack, type TestStack } from '../support/start-stack.js';
import { DATABASES } from '../support/test-config.js';

const EMPLOYEES = /* GraphQL */ `
  query Employees($first: Int, $after: String, $filter: EmployeeFilter, $orderBy: EmployeeOrder) {
    employees(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          name
          golongan
          unit {
            id
          }
          position {
            kind
          }
        }
      }
    }
  }
`;

const WIDE = /* GraphQL */ `
  query Wide($first: Int) {
    employees(first: $first) {
      edges {
        node {
          id
          name
          position {
            name
            kind
          }
          unit {
            name
          }
          currentLevels {
            level
            stale
            competency {
              code
            }
          }
        }
      }
    }
  }
`;

const CREATE = /* GraphQL */ `
  mutation Create($input: CreateEmployeeInput!) {
    createEmployee(input: $input) {
      id
    }
  }
`;
const UPDATE = /* GraphQL */ `
  mutation Update($input: UpdateEmployeeInput!) {
    updateEmployee(input: $input) {
      id
      version
      name
    }
  }
`;
const IMPORT = /* GraphQL */ `
  mutation Import($input: ImportAssessmentsInput!) {
    importAssessments(input: $input) {
      imported
      employees
    }
  }
`;
const PERSON = /* GraphQL */ `
  query Person($id: ID!) {
    employee(id: $id) {
      id
      nip
      name
      version
      golongan
      assessments {
        id
      }
    }
  }
`;

type Node = { id: string; name: string; golongan: string; unit: { id: string }; position: { kind: string } };
type Page = {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { node: Node }[];
};

describe.each(DATABASES)('the personnel API through the gateway on %s', (database) => {
  let stack: TestStack;
  let admin: string;
  let asn: string;
  const employees = async (variables: Record<string, unknown>, token = admin) => {
    const result = await graphql<{ employees: Page }>(stack.gatewayUrl, EMPLOYEES, variables, { token });
    expect(result.errors).toBeUndefined();
    return result.data!.employees;
  };
  const person = async (id: string) =>
    (
      await graphql<{
        employee: { nip: string; name: string; version: number; golongan: string; assessments: unknown[] };
      }>(stack.gatewayUrl, PERSON, { id }, { token: admin })
    ).data!.employee;

  beforeAll(async () => {
    stack = await startTestStack({ database });
    admin = await signIn(stack.gatewayUrl, 'admin.ambon');
    asn = await signIn(stack.gatewayUrl, 'asn.ambon.1');
  });
  afterAll(() => stack?.stop());

  it("lists the caller's agency as a cursor connection, by NIP, employees 1-5 first", async () => {
    const first = await employees({ first: 5 });
    expect(first.totalCount).toBe(75);
    expect(first.edges.map((edge) => edge.node.id)).toEqual(['1', '2', '3', '4', '5']);
    const rest = await employees({ first: 100, after: first.pageInfo.endCursor });
    expect(rest.edges).toHaveLength(70);
    expect(rest.pageInfo.hasNextPage).toBe(false);
  });

  it('filters by unit with and without sub-units, position kind, golongan range and name', async () => {
    const dinas = await employees({ first: 100, filter: { unitId: '4' } });
    const onlyDinas = await employees({ first: 100, filter: { unitId: '4', includeSubUnits: false } });
    expect(new Set(dinas.edges.map((edge) => edge.node.unit.id))).toEqual(new Set(['4', '5', '6', '7']));
    expect(onlyDinas.edges.every((edge) => edge.node.unit.id === '4')).toBe(true);
    const fungsional = await employees({
      first: 100,
      filter: { positionKind: 'FUNGSIONAL', golonganFrom: 'III_C', golonganTo: 'III_D' },
    });
    expect(fungsional.totalCount).toBeGreaterThan(0);
    expect(
      fungsional.edges.every(
        (edge) => edge.node.position.kind === 'FUNGSIONAL' && edge.node.golongan.startsWith('III_'),
      ),
    ).toBe(true);
    const someone = fungsional.edges[0]!.node;
    const byName = await employees({ first: 100, filter: { search: someone.name.split(',')[0] } });
    expect(byName.edges.map((edge) => edge.node.id)).toContain(someone.id);
    const asAsn = await employees({ first: 3 }, asn);
    expect(asAsn.totalCount).toBe(75);
  });

  it('sorts by golongan: PNS by golongan, then PPPK (no golongan, a grade) last, either way, across pages', async () => {
    const ORDER = ['I', 'II', 'III', 'IV'].flatMap((group) => ['A', 'B', 'C', 'D', 'E'].map((r) => `${group}_${r}`));
    for (const direction of ['ASC', 'DESC'] as const) {
      const orderBy = { field: 'GOLONGAN', direction };
      const first = await employees({ first: 40, orderBy });
      const rest = await employees({ first: 40, orderBy, after: first.pageInfo.endCursor });
      const golongan = [...first.edges, ...rest.edges].map((edge) => edge.node.golongan);
      expect(golongan).toHaveLength(75);
      const pns = golongan.filter((code) => code !== null).map((code) => ORDER.indexOf(code));
      expect(
        golongan.slice(pns.length).every((code) => code === null),
        'PPPK after every PNS',
      ).toBe(true);
      expect(pns.length).toBeLessThan(75);
      expect(pns).toEqual([...pns].sort((a, b) => (direction === 'ASC' ? a - b : b - a)));
    }
  });

  it('refuses anonymous callers and other agencies', async () => {
    const anonymous = await graphql(stack.gatewayUrl, EMPLOYEES, { first: 5 });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const other = await graphql(stack.gatewayUrl, EMPLOYEES, { first: 5, filter: { agencyId: '2' } }, { token: admin });
    expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses an invalid create in the caller language and leaves the database unchanged', async () => {
    const before = (await employees({ first: 1 })).totalCount;
    const input = {
      nip: '199904122024032901',
      name: 'Febriyanti Latupeirissa, S.Kom.',
      golongan: 'II_D',
      education: 'S1',
      positionId: '7',
      unitId: '6',
      positionSince: '2024-03-01',
    };
    const result = await graphql(stack.gatewayUrl, CREATE, { input }, { token: admin, language: 'id' });
    expect(result.errors?.[0]).toMatchObject({
      message: 'Golongan II/d di bawah golongan minimal jabatan ini (III/a).',
      extensions: { code: 'BAD_USER_INPUT', field: 'input.golongan', reason: 'GOLONGAN_BELOW_POSITION_MINIMUM' },
    });
    const badNip = await graphql(
      stack.gatewayUrl,
      CREATE,
      { input: { ...input, golongan: 'III_A', nip: '199904522024032901' } },
      { token: admin },
    );
    expect(badNip.errors?.[0]?.extensions).toMatchObject({ field: 'input.nip', reason: 'NIP_BIRTH_DATE' });
    const asAsn = await graphql(stack.gatewayUrl, CREATE, { input: { ...input, golongan: 'III_A' } }, { token: asn });
    expect(asAsn.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await employees({ first: 1 })).totalCount).toBe(before);
    const created = await graphql(
      stack.gatewayUrl,
      CREATE,
      { input: { ...input, golongan: 'III_A' } },
      { token: admin },
    );
    expect(created.errors).toBeUndefined();
    expect((await employees({ first: 1 })).totalCount).toBe(before + 1);
  });

  it('refuses a stale update with CONFLICT and a management cycle with BAD_USER_INPUT, changing nothing', async () => {
    const start = await person('20');
    const ok = await graphql(
      stack.gatewayUrl,
      UPDATE,
      { input: { id: '20', version: start.version, name: 'Nama Diubah Uji' } },
      { token: admin },
    );
    expect(ok.data).toMatchObject({ updateEmployee: { version: start.version + 1, name: 'Nama Diubah Uji' } });
    const stale = await graphql(
      stack.gatewayUrl,
      UPDATE,
      { input: { id: '20', version: start.version, name: 'Nama Basi Uji' } },
      { token: admin },
    );
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const cycle = await graphql(
      stack.gatewayUrl,
      UPDATE,
      { input: { id: '4', version: 1, managerId: '20' } },
      { token: admin },
    );
    expect(cycle.errors?.[0]?.extensions).toMatchObject({ field: 'input.managerId', reason: 'MANAGER_CYCLE' });
    expect(await person('20')).toMatchObject({ version: start.version + 1, name: 'Nama Diubah Uji' });
  });

  it('imports a CSV only when every row is good, reporting bad rows by line', async () => {
    const [a, b] = [await person('14'), await person('15')];
    const header = 'nip,competency_code,level,date';
    const bad = [header, `${a.nip},INT,4,2026-09-01`, `${b.nip},NOPE,4,2026-09-01`, `${b.nip},KS,7,2026-09-01`].join(
      '\n',
    );
    const refused = await graphql(stack.gatewayUrl, IMPORT, { input: { csv: bad } }, { token: admin });
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'CSV_ROWS_INVALID',
      rows: [
        { line: 3, field: 'competencyCode', reason: 'COMPETENCY_NOT_FOUND' },
        { line: 4, field: 'level', reason: 'LEVEL_OUT_OF_RANGE' },
      ],
    });
    expect((await person('14')).assessments).toHaveLength(a.assessments.length);
    const good = [header, `${a.nip},INT,4,2026-09-01`, `${b.nip},KS,3,2026-09-01`].join('\n');
    const imported = await graphql(stack.gatewayUrl, IMPORT, { input: { csv: good } }, { token: admin });
    expect(imported.data).toEqual({ importAssessments: { imported: 2, employees: 2 } });
    expect((await person('14')).assessments).toHaveLength(a.assessments.length + 1);
  });

  it('takes as many SQL statements for a page of 75 employees with positions, units and levels as for 10', async () => {
    const statementsFor = async (first: number) => {
      const before = await stack.stats();
      const result = await graphql<{ employees: { edges: unknown[] } }>(
        stack.gatewayUrl,
        WIDE,
        { first },
        { token: admin },
      );
      expect(result.errors).toBeUndefined();
      const after = await stack.stats();
      return {
        rows: result.data!.employees.edges.length,
        statements: after.personnel!.sqlStatements - before.personnel!.sqlStatements,
      };
    };
    const ten = await statementsFor(10);
    const all = await statementsFor(100);
    expect(ten.rows).toBe(10);
    expect(all.rows).toBeGreaterThanOrEqual(75);
    expect(all.statements).toBe(ten.statements);
    console.log(
      `personnel on ${database}: ${ten.statements} SQL statements for 10 employees, ${all.statements} for ${all.rows}`,
    );
  });
});
