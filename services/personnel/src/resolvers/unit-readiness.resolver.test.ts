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

  it("gives the Bidang Aplikasi Informatika the team matrix's shares: 2 Optimal, 1 Cukup, 6 Kurang of 9", async () => {
    const result = await subgraph.execute<{ unit: Shares }>(UNIT, { id: '6' }, { identity: AS.manager });
    expect(result.errors).toBeUndefined();
    expect(result.data!.unit.jpmCategoryShares).toEqual([
      { category: 'OPTIMAL', count: 2, share: 0.2222 },
      { category: 'CUKUP_OPTIMAL', count: 1, share: 0.1111 },
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
