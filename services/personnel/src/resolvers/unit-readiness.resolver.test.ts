import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Identity } from '@asn/common';
import type { TestSubgraph } from '@asn/common/testing';
import { AS, createSeededPersonnel } from '../testing/identities.js';

const UNITS = `query ($agencyId: ID!) { units(agencyId: $agencyId) { id jpmCategoryShares { category count share } } }`;
const UNIT = `query ($id: ID!) { unit(id: $id) { id jpmCategoryShares { category count share } } }`;

interface Shares {
  id: string;
  jpmCategoryShares: { category: string; count: number; share: number }[] | null;
}

describe('Unit.jpmCategoryShares', () => {
  let subgraph: TestSubgraph;
  beforeAll(async () => {
    subgraph = await createSeededPersonnel();
  });
  afterAll(() => subgraph.stop());

  it("gives the Bidang Aplikasi Informatika the team matrix's shares: 1 Optimal, 2 Cukup, 6 Kurang of 9", async () => {
    const result = await subgraph.execute<{ unit: Shares }>(UNIT, { id: '6' }, { identity: AS.manager });
    expect(result.errors).toBeUndefined();
    expect(result.data!.unit.jpmCategoryShares).toEqual([
      { category: 'OPTIMAL', count: 1, share: 0.1111 },
      { category: 'CUKUP_OPTIMAL', count: 2, share: 0.2222 },
      { category: 'KURANG_OPTIMAL', count: 6, share: 0.6667 },
    ]);
  });

  it('takes the same SQL statements for every unit of an agency as for one unit', async () => {
    const count = async (query: string, variables: Record<string, string>) => {
      const before = subgraph.counter.statements;
      const result = await subgraph.execute(query, variables, { identity: AS.admin });
      expect(result.errors).toBeUndefined();
      return subgraph.counter.statements - before;
    };
    const one = await count(UNIT, { id: '6' });
    const all = await count(UNITS, { agencyId: '1' });
    // 12 units of 1 to 75 people each against 1 unit of 9: at most one statement more, none per unit.
    expect(all).toBeLessThanOrEqual(one + 1);
    const root = await subgraph.execute<{ units: Shares[] }>(UNITS, { agencyId: '1' }, { identity: AS.admin });
    const agency = root.data!.units.find((unit) => unit.id === '1')!;
    expect(agency.jpmCategoryShares!.reduce((sum, share) => sum + share.count, 0)).toBe(75);
  });

  it("shows a unit's shares only to its head, the agency's admin and a pii:read key", async () => {
    for (const identity of [AS.manager, AS.admin, AS.keyPii] as Identity[]) {
      const result = await subgraph.execute<{ unit: Shares }>(UNIT, { id: '6' }, { identity });
      expect(result.data!.unit.jpmCategoryShares).toHaveLength(3);
    }
    for (const [identity, code] of [
      [AS.asn, 'FORBIDDEN'],
      [AS.keyDirectory, 'FORBIDDEN'],
      [AS.adminMamuju, 'FORBIDDEN'],
      [AS.anonymous, 'UNAUTHENTICATED'],
    ] as [Identity, string][]) {
      const result = await subgraph.execute<{ unit: Shares }>(UNIT, { id: '6' }, { identity });
      expect(result.data!.unit.jpmCategoryShares).toBeNull();
      expect(result.errors?.[0]?.extensions?.code).toBe(code);
    }
  });
});

describe('Unit.jpmCategoryTrend and the member histories training @requires', () => {
  let subgraph: TestSubgraph;
  beforeAll(async () => {
    subgraph = await createSeededPersonnel();
  });
  afterAll(() => subgraph.stop());

  const TREND = (years: string) =>
    `query ($id: ID!) { unit(id: $id) { jpmCategoryTrend(years: ${years}) { year shares { category count } } } }`;
  const HISTORIES = `query ($id: ID!) { unit(id: $id) { memberRatings { employeeId year predikat }
    memberAssessments { employeeId level assessedOn } } }`;
  const count = async (query: string) => {
    const before = subgraph.counter.statements;
    const result = await subgraph.execute(query, { id: '6' }, { identity: AS.admin });
    expect(result.errors).toBeUndefined();
    return { statements: subgraph.counter.statements - before, data: result.data as Record<string, never> };
  };

  it("counts this year's shares as today's and past years' from what held then, at one year's statements", async () => {
    const today = await subgraph.execute<{ unit: Shares }>(UNIT, { id: '6' }, { identity: AS.admin });
    const six = await count(TREND('[2021, 2022, 2023, 2024, 2025, 2026]'));
    const one = await count(TREND('[2025]'));
    const trend = (six.data.unit as { jpmCategoryTrend: { year: number; shares: { count: number }[] }[] })
      .jpmCategoryTrend;
    expect(trend.map((year) => year.year)).toEqual([2021, 2022, 2023, 2024, 2025, 2026]);
    expect(trend.at(-1)!.shares.map((share) => share.count)).toEqual(
      today.data!.unit.jpmCategoryShares!.map((share) => share.count),
    );
    expect(six.statements).toBe(one.statements);
  });

  it('refuses a future year or too many years as bad input', async () => {
    for (const years of ['[2099]', '[2017, 2018, 2019, 2020, 2021, 2022, 2023]', '[]']) {
      const result = await subgraph.execute(TREND(years), { id: '6' }, { identity: AS.admin });
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'years' });
    }
  });

  it('sends the members’ ratings and assessments only to the head, the administrator and a pii:read key', async () => {
    for (const identity of [AS.manager, AS.admin, AS.keyPii] as Identity[]) {
      const result = await subgraph.execute<{ unit: { memberRatings: unknown[] } }>(
        HISTORIES,
        { id: '6' },
        { identity },
      );
      expect(result.errors).toBeUndefined();
      expect(result.data!.unit.memberRatings.length).toBeGreaterThan(0);
    }
    for (const identity of [AS.asn, AS.keyDirectory, AS.adminMamuju] as Identity[]) {
      const result = await subgraph.execute(HISTORIES, { id: '6' }, { identity });
      expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
  });
});
