import type { Identity } from '@asn/common';
import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestSubgraph } from '@asn/common/testing';
import { AS, createSeededPersonnel } from '../testing/identities.js';

interface Page {
  employees: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: {
      cursor: string;
      node: { id: string; name: string; golongan: string; unit: { id: string }; position: { kind: string } };
    }[];
  };
}

const EMPLOYEES = `query ($first: Int, $after: String, $filter: EmployeeFilter, $orderBy: EmployeeOrder) {
  employees(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { cursor node { id name golongan unit { id } position { kind } } }
  }
}`;

const WIDE = `query ($first: Int) { employees(first: $first) { edges { node {
  id name golongan pangkat position { id name kind standard { requiredLevel competency { code } } } unit { id name }
  currentLevels { competencyId level source stale competency { code } } talentBox { box } } } } }`;

describe('Query.employees', () => {
  let subgraph: TestSubgraph;
  const page = async (variables: Record<string, unknown>, identity: Identity = AS.admin) => {
    const result = await subgraph.execute<Page>(EMPLOYEES, variables, { identity });
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    return result.data!.employees;
  };
  beforeAll(async () => {
    subgraph = await createSeededPersonnel();
  });
  afterAll(() => subgraph.stop());

  it("lists the caller's agency in NIP order by default, employees 1-5 first", async () => {
    const result = await page({ first: 5 });
    expect(result.totalCount).toBe(75);
    expect(result.edges.map((edge) => edge.node.id)).toEqual(['1', '2', '3', '4', '5']);
    expect(result.pageInfo.hasNextPage).toBe(true);
  });

  it('pages by cursor without gaps or repeats', async () => {
    const first = await page({ first: 40 });
    const second = await page({ first: 40, after: first.pageInfo.endCursor });
    const ids = [...first.edges, ...second.edges].map((edge) => edge.node.id);
    expect(new Set(ids).size).toBe(75);
    expect(second.pageInfo).toEqual({ hasNextPage: false, endCursor: second.edges.at(-1)!.cursor });
  });

  it('filters by unit with or without its sub-units', async () => {
    const withSubUnits = await page({ first: 100, filter: { unitId: '4' } });
    const onlyUnit = await page({ first: 100, filter: { unitId: '4', includeSubUnits: false } });
    expect(onlyUnit.edges.every((edge) => edge.node.unit.id === '4')).toBe(true);
    expect(new Set(withSubUnits.edges.map((edge) => edge.node.unit.id))).toEqual(new Set(['4', '5', '6', '7']));
    expect(withSubUnits.totalCount).toBeGreaterThan(onlyUnit.totalCount);
  });

  it('refuses a search longer than a name can be, as bad input on the field', async () => {
    const result = await subgraph.execute(EMPLOYEES, { first: 5, filter: { search: 'x'.repeat(151) } });
    expect(result.errors?.[0]?.extensions).toMatchObject({ field: 'filter.search', reason: 'TEXT_TOO_LONG' });
  });

  it('filters by position kind and golongan range', async () => {
    const pengawas = await page({ first: 100, filter: { positionKind: 'PENGAWAS' } });
    expect(pengawas.totalCount).toBe(3);
    expect(pengawas.edges.every((edge) => edge.node.position.kind === 'PENGAWAS')).toBe(true);
    const fourth = await page({ first: 100, filter: { golonganFrom: 'IV_A', golonganTo: 'IV_E' } });
    expect(fourth.edges.every((edge) => edge.node.golongan.startsWith('IV_'))).toBe(true);
    expect(fourth.totalCount).toBeGreaterThan(5);
  });

  it('searches by name, and by NIP prefix only for callers who may see NIPs', async () => {
    const someone = (await page({ first: 1, orderBy: { field: 'NAME', direction: 'DESC' } })).edges[0]!.node;
    const byName = await page({ first: 100, filter: { search: someone.name.split(' ')[1]!.toLowerCase() } });
    expect(byName.edges.map((edge) => edge.node.id)).toContain(someone.id);
    const byNip = await page({ first: 100, filter: { search: '19670314' } });
    expect(byNip.edges.map((edge) => edge.node.id)).toEqual(['1']);
    const asAsn = await page({ first: 100, filter: { search: '19670314' } }, AS.asn);
    expect(asAsn.totalCount).toBe(0);
  });

  it('sorts by name or golongan, either way', async () => {
    const byName = await page({ first: 100, orderBy: { field: 'NAME', direction: 'ASC' } });
    const names = byName.edges.map((edge) => edge.node.name);
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    const byGolongan = await page({ first: 3, orderBy: { field: 'GOLONGAN', direction: 'DESC' } });
    expect(byGolongan.edges[0]!.node.golongan.startsWith('IV_')).toBe(true);
  });

  it('refuses first over 100, an unknown cursor and an inverted golongan range as BAD_USER_INPUT', async () => {
    for (const [variables, field] of [
      [{ first: 101 }, 'first'],
      [{ first: 5, after: 'bm9wZQ' }, 'after'],
      [{ first: 5, filter: { golonganFrom: 'IV_A', golonganTo: 'III_A' } }, 'filter.golonganFrom'],
    ] as const) {
      const result = await subgraph.execute(EMPLOYEES, variables);
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
  });

  it('confines lists to the caller agency: another agency is FORBIDDEN, anonymous UNAUTHENTICATED', async () => {
    const other = await subgraph.execute(EMPLOYEES, { first: 5, filter: { agencyId: '2' } });
    expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const anonymous = await subgraph.execute(EMPLOYEES, { first: 5 }, { identity: AS.anonymous });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const mamuju = await subgraph.execute<Page>(EMPLOYEES, { first: 5 }, { identity: AS.adminMamuju });
    expect(mamuju.data!.employees.edges.every((edge) => Number(edge.node.id) > 75 && Number(edge.node.id) <= 150)).toBe(
      true,
    );
    // The gateway's own identity lists nobody: its look-ups are the only reads it needs.
    const system = await subgraph.execute(EMPLOYEES, { first: 5, filter: { agencyId: '2' } }, { identity: AS.system });
    expect(system.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('takes the same number of SQL statements for 100 employees with positions, units and levels as for 10', async () => {
    const count = async (first: number) => {
      const before = subgraph.counter.statements;
      const result = await subgraph.execute(WIDE, { first }, { identity: AS.admin });
      expect(result.errors).toBeUndefined();
      return subgraph.counter.statements - before;
    };
    const ten = await count(10);
    const hundred = await count(100);
    expect(hundred).toBe(ten);
    // One each: page, positions, standards, competencies, units, assessments, agencies, kinerja mappings (no COUNT:
    // totalCount is not selected).
    expect(ten).toBe(8);
  });

  it('sends the COUNT only when totalCount is selected, and a deep page costs what the first page costs', async () => {
    const LEAN = `query ($first: Int, $after: String) { employees(first: $first, after: $after, orderBy: { field: NAME }) {
      pageInfo { endCursor } edges { node { id } } } }`;
    const COUNTED = `query ($first: Int, $after: String) { employees(first: $first, after: $after, orderBy: { field: NAME }) {
      ...Total edges { node { id } } } } fragment Total on EmployeeConnection { totalCount }`;
    const statements = async (query: string, variables: Record<string, unknown>) => {
      const before = subgraph.counter.statements;
      const result = await subgraph.execute<{ employees: { pageInfo?: { endCursor: string } } }>(query, variables, {
        identity: AS.admin,
      });
      expect(result.errors).toBeUndefined();
      return { statements: subgraph.counter.statements - before, data: result.data!.employees };
    };
    const lean = await statements(LEAN, { first: 5 });
    expect(lean.statements).toBe(1);
    expect((await statements(COUNTED, { first: 5 })).statements).toBe(2);
    const deep = await statements(LEAN, { first: 70 });
    expect((await statements(LEAN, { first: 5, after: deep.data.pageInfo!.endCursor })).statements).toBe(1);
  });
});

describe('personal fields', () => {
  let subgraph: TestSubgraph;
  const PERSONAL = `query ($id: ID!) { employee(id: $id) { id name golongan nip birthDate gender appointmentMonth
    potentialScore talentBox { box kinerja potensial } currentLevels { level } assessments { level } } }`;
  const read = (id: string, identity: (typeof AS)[keyof typeof AS]) =>
    subgraph.execute<{ employee: Record<string, unknown> }>(PERSONAL, { id }, { identity });
  beforeAll(async () => {
    subgraph = await createSeededPersonnel();
  });
  afterAll(() => subgraph.stop());

  it.each([
    ['the person themself', AS.asn, '14'],
    ['their manager', AS.manager, '14'],
    ['an admin of the agency', AS.admin, '14'],
    ['an API key with pii:read', AS.keyPii, '14'],
  ] as const)('are readable by %s', async (_who, identity, id) => {
    const result = await read(id, identity);
    expect(result.errors).toBeUndefined();
    expect(result.data!.employee).toMatchObject({
      id,
      nip: expect.stringMatching(/^\d{18}$/),
      gender: expect.any(String),
    });
    expect(result.data!.employee.birthDate).toBe(
      `${String(result.data!.employee.nip).slice(0, 4)}-${String(result.data!.employee.nip).slice(4, 6)}-${String(result.data!.employee.nip).slice(6, 8)}`,
    );
  });

  it.each([
    ['a colleague (ASN)', AS.asn, '15'],
    ['a manager of another unit', AS.manager, '33'],
    ['an API key without pii:read', AS.keyDirectory, '14'],
    ['the gateway’s own identity', AS.system, '14'],
  ] as const)('are FORBIDDEN to %s, who still sees the directory fields', async (_who, identity, id) => {
    const result = await read(id, identity);
    expect(result.data!.employee).toMatchObject({
      id,
      name: expect.any(String),
      golongan: expect.any(String),
      nip: null,
      birthDate: null,
      talentBox: null,
    });
    expect(new Set(result.errors!.map((error) => error.extensions?.code))).toEqual(new Set(['FORBIDDEN']));
  });

  it('hides employees of another agency entirely', async () => {
    const result = await read('80', AS.admin);
    expect(result.data!.employee).toBeNull();
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('finds an employee by NIP only for callers who may see the NIP', async () => {
    const nip = (await read('14', AS.admin)).data!.employee.nip as string;
    const spaced = `${nip.slice(0, 8)} ${nip.slice(8, 14)} ${nip.slice(14, 15)} ${nip.slice(15)}`;
    const query = 'query ($nip: String!) { employee(nip: $nip) { id } }';
    expect((await subgraph.execute(query, { nip: spaced }, { identity: AS.admin })).data).toEqual({
      employee: { id: '14' },
    });
    const colleague = await subgraph.execute(query, { nip }, { identity: AS.keyDirectory });
    expect(colleague).toEqual({ data: { employee: null } });
  });

  it('answers an existing NIP of another agency, or one the caller may not see, exactly as a NIP nobody has', async () => {
    const query = 'query ($nip: String!) { employee(nip: $nip) { id } }';
    const mamuju = (await read('80', AS.adminMamuju)).data!.employee.nip as string;
    const colleague = (await read('15', AS.admin)).data!.employee.nip as string;
    const unknown = await subgraph.execute(query, { nip: '199004122015031999' }, { identity: AS.admin });
    expect(unknown).toEqual({ data: { employee: null } });
    expect(await subgraph.execute(query, { nip: mamuju }, { identity: AS.admin })).toEqual(unknown);
    expect(await subgraph.execute(query, { nip: colleague }, { identity: AS.asn })).toEqual(unknown);
    expect(await subgraph.execute(query, { nip: colleague }, { identity: AS.keyDirectory })).toEqual(unknown);
  });

  it('orders by NIP (the birth-date order) only for callers who may read the agency’s NIPs', async () => {
    const list =
      'query ($orderBy: EmployeeOrder) { employees(first: 100, orderBy: $orderBy) { edges { node { id name } } } }';
    type List = { employees: { edges: { node: { id: string; name: string } }[] } };
    const names = (await subgraph.execute<List>(list, {}, { identity: AS.keyDirectory })).data!.employees.edges.map(
      (edge) => edge.node.name,
    );
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    for (const identity of [AS.keyDirectory, AS.asn, AS.manager]) {
      const byNip = await subgraph.execute(list, { orderBy: { field: 'NIP' } }, { identity });
      expect(byNip.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    const admin = await subgraph.execute<List>(list, {}, { identity: AS.admin });
    const keyPii = await subgraph.execute<List>(list, { orderBy: { field: 'NIP' } }, { identity: AS.keyPii });
    expect(keyPii.data!.employees.edges.map((edge) => edge.node.id)).toEqual(
      admin.data!.employees.edges.map((edge) => edge.node.id),
    );
  });

  it('places the talent box by the agency mapping and cut-offs', async () => {
    const rows = await subgraph.dataSource.query(
      'SELECT id, performance_predikat AS p, potential_score AS s FROM employee WHERE id <= 75',
    );
    const sample = rows.find((row: { p: string | null; s: number }) => row.p === 'BAIK' && row.s >= 80) as {
      id: number;
    };
    const result = await read(String(sample.id), AS.admin);
    expect(result.data!.employee.talentBox).toEqual({ box: 8, kinerja: 'SESUAI', potensial: 'TINGGI' });
  });
});
