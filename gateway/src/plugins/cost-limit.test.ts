import { readFileSync } from 'node:fs';
import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { buildSchema, getOperationAST, Kind, parse, validate, visit } from 'graphql';
import { describe, expect, it } from 'vitest';
import { gatewayConfigSpec } from '../config.js';
import { estimateCost } from './cost-limit.js';

const supergraph = buildSchema(readFileSync(new URL('../../../schema/supergraph.graphql', import.meta.url), 'utf8'), {
  assumeValidSDL: true,
});
const estimate = (query: string, variables?: Record<string, unknown>) =>
  estimateCost(parse(query), undefined, variables);

// Hand-worked: a scalar costs 1, an object 2 plus 1.5 × each child, times its page size; a fragment spread is 1 plus
// 1.5 × its fragment.
describe('the cost estimate', () => {
  const page = `employees(first: $n) { totalCount }`; // (2 + 1.5 × 1) × n = 3.5 n
  const query = `query ($n: Int) { ${page} }`;

  it('multiplies by a literal page size', () => {
    expect(estimate(`{ ${page.replace('$n', '10')} }`)).toBe(35);
  });

  it('multiplies by the page size a variable carries', () => {
    expect(estimate(query, { n: 10 })).toBe(35);
    expect(estimate(query, { n: 100 })).toBe(350);
  });

  it('counts an absent or null page size as the default, and one above the cap as the cap', () => {
    expect(estimate(query)).toBe(70);
    expect(estimate(query, { n: null })).toBe(70);
    expect(estimate(`query ($n: Int = 40) { ${page} }`)).toBe(140);
    // in a variable, the largest cap of any field (the change feeds') bounds it: the subgraph refuses more
    expect(estimate(query, { n: 100_000 })).toBe(3500);
    expect(estimate(`{ ${page.replace('$n', '100000')} }`)).toBe(350_000);
  });

  it('counts a page argument left out as the schema’s default for it', () => {
    // employeeChanges(first: Int! = 500): (2 + 1.5 × 1) × 500; employees(first: Int! = 20): (2 + 1.5 × 1) × 20
    expect(estimateCost(parse(`{ employeeChanges { cursor } }`), undefined, {}, supergraph)).toBe(1750);
    expect(
      estimateCost(parse(`query ($n: Int!) { employeeChanges(first: $n) { cursor } }`), undefined, {}, supergraph),
    ).toBe(1750);
    expect(estimateCost(parse(`{ employees { totalCount } }`), undefined, {}, supergraph)).toBe(70);
    expect(estimateCost(parse(`{ ... on Query { employees { totalCount } } }`), undefined, {}, supergraph)).toBe(
      2 + 1.5 * 70,
    );
  });

  it('multiplies nested pages', () => {
    // node 2 + 1.5 = 3.5; edges 2 + 1.5 × 3.5 = 7.25; employees (2 + 1.5 × 7.25) × n = 12.875 n
    const nested = `query ($n: Int) { employees(first: $n) { edges { node { id } } } }`;
    expect(estimate(nested, { n: 100 })).toBe(1287.5);
    // one more page inside: inner (2 + 1.5 × 1) × m = 3.5 m; node 2 + 1.5 × (1 + 3.5 m); edges 2 + 1.5 × node; × n
    const twice = `query ($n: Int, $m: Int) { employees(first: $n) { edges { node { id reports(last: $m) { totalCount } } } } }`;
    const worked = (n: number, m: number) => (2 + 1.5 * (2 + 1.5 * (2 + 1.5 * (1 + 3.5 * m)))) * n;
    expect(estimate(twice, { n: 100, m: 100 })).toBe(worked(100, 100));
    expect(estimate(twice, { n: 100 })).toBe(worked(100, 20));
    expect(worked(100, 100)).toBeGreaterThan(gatewayConfigSpec.MAX_COST.default);
  });

  it('counts fragments one level down, each named fragment computed once', () => {
    // fragment 2 + 1.5 × 1 = 3.5; spread 1 + 1.5 × 3.5 = 6.25; employees (2 + 1.5 × 6.25) × 10 = 113.75
    const fragment = `fragment F on EmployeeConnection { totalCount }`;
    expect(estimate(`query ($n: Int) { employees(first: $n) { ...F } } ${fragment}`, { n: 10 })).toBe(113.75);
    // inline fragment: an object like any other, (2 + 1.5 × (2 + 1.5 × 1)) × 10 = 72.5
    expect(
      estimate(`query ($n: Int) { employees(first: $n) { ... on EmployeeConnection { totalCount } } }`, { n: 10 }),
    ).toBe(72.5);
    expect(estimate(`{ a: employee { ...F } b: employee { ...F } } ${fragment}`)).toBe(2 * (2 + 1.5 * 6.25));
  });

  it('estimates only the operation asked for and ignores introspection', () => {
    const document = parse(`query A { employees(first: 100) { totalCount } } query B { agencies { id } }`);
    expect(estimateCost(document, 'B', {})).toBe(3.5);
    expect(estimate(`{ __schema { types { name } } }`)).toBe(0);
  });

  it('agrees with graphql-armor on literal documents', () => {
    const schema = buildSchema(`
      type Query { employees(first: Int, last: Int): EmployeeConnection employee: Employee agencies: [Agency] }
      type EmployeeConnection { totalCount: Int edges: [EmployeeEdge] }
      type EmployeeEdge { node: Employee }
      type Employee { id: ID reports(first: Int, last: Int): EmployeeConnection }
      type Agency { id: ID }
    `);
    const armor = (query: string) => {
      let found = Number.NaN;
      const onReject = [(_: unknown, error: Error) => (found = Number(/found ([\d.]*\d)/.exec(error.message)?.[1]))];
      validate(schema, parse(query), [costLimitRule({ maxCost: 0, propagateOnRejection: false, onReject })]);
      return found;
    };
    for (const query of [
      `{ employees(first: 7) { totalCount edges { node { id reports(last: 3) { totalCount } } } } }`,
      `{ employees { edges { ...E } } } fragment E on EmployeeEdge { node { id } }`,
      `{ a: employee { ...R } b: employee { ...R } } fragment R on Employee { reports(first: 5) { totalCount } }`,
    ]) {
      // armor counts an absent page size as one: compare with the size written out
      expect(estimate(query.replace('employees {', 'employees(first: 1) {'))).toBe(
        armor(query.replace('employees {', 'employees(first: 1) {')),
      );
    }
  });
});

describe('the web’s persisted documents', () => {
  const documents = JSON.parse(
    readFileSync(new URL('../../../web/src/graphql/persisted-documents.json', import.meta.url), 'utf8'),
  ) as Record<string, string>;

  /** Every variable feeding a page size at the cap. */
  function worstCase(document: ReturnType<typeof parse>): Record<string, number> {
    const variables: Record<string, number> = {};
    visit(document, {
      Argument(argument) {
        if (['first', 'last'].includes(argument.name.value) && argument.value.kind === Kind.VARIABLE) {
          variables[argument.value.name.value] = 100;
        }
      },
    });
    return variables;
  }

  it('are all under the cost limit with the largest page sizes their variables allow, but the catalog', () => {
    const over: string[] = [];
    for (const text of Object.values(documents)) {
      const document = parse(text);
      const found = estimateCost(document, undefined, worstCase(document), supergraph);
      if (found > gatewayConfigSpec.MAX_COST.default) over.push(getOperationAST(document)?.name?.value ?? '');
    }
    expect(Object.keys(documents).length).toBeGreaterThan(10);
    // 100 trainings with their competencies and sessions estimate about 26,900; the web asks a smaller page.
    expect(over).toEqual(['TrainingCatalog']);
    const catalog = Object.values(documents).find((text) => text.includes('query TrainingCatalog')) ?? '';
    const useCatalog = readFileSync(new URL('../../../web/src/composables/useCatalog.ts', import.meta.url), 'utf8');
    const pageSize = Number(/CATALOG_PAGE_SIZE = (\d+)/.exec(useCatalog)?.[1]);
    expect(pageSize).toBeGreaterThan(0);
    expect(estimateCost(parse(catalog), undefined, { first: pageSize }, supergraph)).toBeLessThanOrEqual(
      gatewayConfigSpec.MAX_COST.default,
    );
  });
});
