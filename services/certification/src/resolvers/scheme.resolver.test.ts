import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANONYMOUS, TODAY } from '../testing/fixtures.js';
import {
  createCertificationTestSubgraph,
  type CertificationTestSubgraph,
} from '../testing/certification-test-subgraph.js';

const SCHEMES = /* GraphQL */ `
  query ($filter: SchemeFilter, $first: Int) {
    schemes(filter: $filter, first: $first) {
      totalCount
      edges {
        node {
          code
          validityMonths
          nationallyRecognised
          issuer {
            code
            kind
          }
          certifies {
            level
            competency {
              id
            }
          }
        }
      }
    }
  }
`;

interface Schemes {
  schemes: { totalCount: number; edges: { node: { code: string; validityMonths: number | null } }[] };
}

describe('the scheme catalog', () => {
  let subgraph: CertificationTestSubgraph;
  const schemes = (filter: Record<string, unknown>, first = 100) =>
    subgraph.execute<Schemes>(SCHEMES, { filter, first }, { identity: ANONYMOUS });
  beforeAll(async () => {
    subgraph = await createCertificationTestSubgraph(TODAY, { seed: true });
  });
  afterAll(() => subgraph.stop());

  it('is public: an anonymous caller reads every scheme with its issuer and competencies', async () => {
    const result = await schemes({});
    expect(result.errors).toBeUndefined();
    expect(result.data?.schemes.totalCount).toBe(23);
    const str = result.data?.schemes.edges.find((edge) => edge.node.code === 'KEMENKES-STR-PERAWAT');
    expect(str?.node).toMatchObject({ validityMonths: null, issuer: { code: 'KEMENKES', kind: 'MINISTRY' } });
  });

  it('filters by issuer kind and by text in the code or name', async () => {
    expect((await schemes({ issuerKind: 'LKPP' })).data?.schemes.totalCount).toBe(7);
    const prakom = await schemes({ search: 'pranata komputer' });
    expect(prakom.data?.schemes.edges.map((edge) => edge.node.code)).toEqual(['BPS-JF-PRAKOM-AP', 'BPS-JF-PRAKOM-AM']);
    expect((await schemes({ search: '100%' })).data?.schemes.totalCount).toBe(0);
  });

  it('reads one scheme and the issuers', async () => {
    const result = await subgraph.execute(
      '{ scheme(id: "6") { code certifies { level competency { id } } } issuers { code } }',
      {},
      { identity: ANONYMOUS },
    );
    expect(result.data?.scheme).toEqual({
      code: 'LKPP-JF-PPBJ-AP',
      certifies: [{ level: 3, competency: { id: '12' } }],
    });
    expect((result.data?.issuers as unknown[]).length).toBe(8);
  });

  it('takes the same SQL for 5 schemes as for 23', async () => {
    const count = async (first: number) => {
      const before = subgraph.counter.statements;
      await schemes({}, first);
      return subgraph.counter.statements - before;
    };
    expect(await count(23)).toBe(await count(5));
  });
});
