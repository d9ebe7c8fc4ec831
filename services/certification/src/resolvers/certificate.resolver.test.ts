import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Identity } from '@asn/common';
import {
  ADMIN_1,
  ADMIN_2,
  ANONYMOUS,
  API_KEY_1,
  API_KEY_NO_SCOPE,
  ASN_1001,
  MANAGER,
  TODAY,
  certificatesOf1001,
  insertCertificates,
} from '../testing/fixtures.js';
import {
  createCertificationTestSubgraph,
  type CertificationTestSubgraph,
} from '../testing/certification-test-subgraph.js';

const CERTIFICATE = /* GraphQL */ `
  query ($id: ID!) {
    certificate(id: $id) {
      number
      issuedOn
      expiresOn
      status
      daysUntilExpiry
      verificationState
      employee {
        id
      }
      scheme {
        code
        validityMonths
        issuer {
          code
          kind
        }
      }
    }
  }
`;

const CERTIFICATES = /* GraphQL */ `
  query ($filter: CertificateFilter, $first: Int, $after: String) {
    certificates(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          number
          status
          scheme {
            code
            issuer {
              code
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
  }
`;

interface Page {
  certificates: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { node: { id: string; number: string; status: string } }[];
  };
}

describe('certificate queries', () => {
  let subgraph: CertificationTestSubgraph;
  let ids: number[];
  const list = (filter: Record<string, unknown>, identity: Identity = ADMIN_1, first?: number, after?: string) =>
    subgraph.execute<Page>(CERTIFICATES, { filter, ...(first && { first }), ...(after && { after }) }, { identity });
  const numbers = (page: Page | null | undefined) => page?.certificates.edges.map((edge) => edge.node.number);

  beforeAll(async () => {
    subgraph = await createCertificationTestSubgraph(TODAY, { seed: true });
    ids = await insertCertificates(subgraph.dataSource, [
      ...certificatesOf1001(),
      // Agency 2 keeps a 60-day window (seeded setting): 60 days out is expiring there, 61 days is not.
      { employeeId: 2001, agencyId: 2, schemeId: 8, number: 'T2-A', issuedOn: '2023-07-31', expiresOn: '2026-07-31' },
      { employeeId: 2001, agencyId: 2, schemeId: 8, number: 'T2-B', issuedOn: '2023-08-01', expiresOn: '2026-08-01' },
    ]);
  });
  afterAll(() => subgraph.stop());

  it('reads one certificate with its scheme, issuer and computed fields', async () => {
    const result = await subgraph.execute(CERTIFICATE, { id: String(ids[0]) });
    expect(result.errors).toBeUndefined();
    expect(result.data?.certificate).toEqual({
      number: 'T-MPROY-1',
      issuedOn: '2023-08-01',
      expiresOn: '2026-08-01',
      status: 'EXPIRING',
      daysUntilExpiry: 61,
      verificationState: 'UNVERIFIED',
      employee: { id: '1001' },
      scheme: { code: 'BNSP-MPROY-MADYA', validityMonths: 36, issuer: { code: 'BNSP', kind: 'BNSP' } },
    });
  });

  it('answers null for an unknown certificate and BAD_USER_INPUT for a malformed id', async () => {
    expect((await subgraph.execute(CERTIFICATE, { id: '999999' })).data?.certificate).toBeNull();
    const result = await subgraph.execute(CERTIFICATE, { id: 'abc' });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'ID_INVALID' });
  });

  it('moves the status as the clock moves past the expiry', async () => {
    const statusOn = async (date: string) => {
      subgraph.setToday(date);
      const result = await subgraph.execute<{ certificate: { status: string } }>(CERTIFICATE, { id: String(ids[0]) });
      return result.data?.certificate.status;
    };
    try {
      expect(await statusOn('2026-05-01')).toBe('ACTIVE'); // 92 days left
      expect(await statusOn('2026-05-03')).toBe('EXPIRING'); // 90 days left
      expect(await statusOn('2026-08-01')).toBe('EXPIRING'); // last valid day
      expect(await statusOn('2026-08-02')).toBe('EXPIRED');
    } finally {
      subgraph.setToday(TODAY);
    }
  });

  it('lists by employee, by scheme and by each status, computed today', async () => {
    expect((await list({ employeeId: '1001' })).data?.certificates.totalCount).toBe(4);
    expect(numbers((await list({ employeeId: '1001', schemeId: '20' })).data)).toEqual(['T-STR-1']);
    const byStatus = async (status: string) => numbers((await list({ employeeId: '1001', status })).data);
    expect(await byStatus('ACTIVE')).toEqual(['T-STR-1']);
    expect(await byStatus('EXPIRING')).toEqual(['T-MPROY-1']);
    expect(await byStatus('EXPIRED')).toEqual(['T-L1-1']);
    expect(await byStatus('REVOKED')).toEqual(['T-TKTI-1']);
  });

  it('lists certificates expiring within N days, never revoked or expired ones', async () => {
    expect(numbers((await list({ employeeId: '1001', expiringWithinDays: 60 })).data)).toEqual([]);
    expect(numbers((await list({ employeeId: '1001', expiringWithinDays: 61 })).data)).toEqual(['T-MPROY-1']);
    const result = await list({ expiringWithinDays: 5000 });
    expect(result.errors?.[0]?.extensions).toMatchObject({
      reason: 'DAYS_OUT_OF_RANGE',
      field: 'filter.expiringWithinDays',
    });
  });

  it("applies the holder's agency window (a setting row) to the status and to the status filter", async () => {
    const expiring = await list({ employeeId: '2001', status: 'EXPIRING' }, ADMIN_2);
    expect(numbers(expiring.data)).toEqual(['T2-A']);
    const active = await list({ employeeId: '2001', status: 'ACTIVE' }, ADMIN_2);
    expect(active.data?.certificates.edges.map((edge) => [edge.node.number, edge.node.status])).toEqual([
      ['T2-B', 'ACTIVE'],
    ]);
  });

  it('pages with cursors and refuses pages over 100 or a forged cursor', async () => {
    const first = await list({ employeeId: '1001' }, ADMIN_1, 3);
    expect(numbers(first.data)).toEqual(['T-MPROY-1', 'T-STR-1', 'T-L1-1']);
    expect(first.data?.certificates.pageInfo.hasNextPage).toBe(true);
    const rest = await list({ employeeId: '1001' }, ADMIN_1, 3, first.data!.certificates.pageInfo.endCursor!);
    expect(numbers(rest.data)).toEqual(['T-TKTI-1']);
    expect(rest.data?.certificates.pageInfo.hasNextPage).toBe(false);
    expect(rest.data?.certificates.totalCount).toBe(4);
    expect((await list({}, ADMIN_1, 101)).errors?.[0]?.extensions).toMatchObject({ reason: 'PAGE_SIZE_OUT_OF_RANGE' });
    expect((await list({}, ADMIN_1, 5, 'bm9wZQ==')).errors?.[0]?.extensions).toMatchObject({
      reason: 'CURSOR_INVALID',
    });
  });

  it('shows each caller only what they may read', async () => {
    const total = async (identity: Identity, filter: Record<string, unknown> = { employeeId: '1001' }) =>
      (await list(filter, identity)).data?.certificates.totalCount;
    expect(await total(ASN_1001)).toBe(4);
    expect(await total(ASN_1001, {})).toBe(4);
    expect(await total(MANAGER)).toBe(4);
    expect(await total(API_KEY_1)).toBe(4);
    expect(await total(ADMIN_2)).toBe(0); // another agency's administrator
    expect((await list({ employeeId: '1002' }, ASN_1001)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await list({}, API_KEY_NO_SCOPE)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await list({}, ANONYMOUS)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const other = await subgraph.execute(CERTIFICATE, { id: String(ids[4]) }, { identity: ASN_1001 });
    expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('takes as many SQL statements for a page of 100 as for a page of 5', async () => {
    const count = async (first: number) => {
      const before = subgraph.counter.statements;
      const result = await list({}, { kind: 'system' }, first);
      expect(result.data?.certificates.edges.length).toBe(first);
      return subgraph.counter.statements - before;
    };
    expect(await count(100)).toBe(await count(5));
  });
});
