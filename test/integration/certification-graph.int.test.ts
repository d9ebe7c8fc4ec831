// The certification subgraph through the gateway, on a fixed date: the public catalog, certificates by status and
// expiry, the gap between a position's schemes and an employee's certificates, a unit's expiring certificates,
// every mutation with valid and invalid input, and SQL statements that do not grow with the rows returned.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../support/graphql-client.js';
import { signIn } from '../support/sign-in.js';
import { startTestStack, type TestStack } from '../support/start-stack.js';
import { DATABASES } from '../support/test-config.js';

const TODAY = '2026-06-01';

const SCHEMES = `query { schemes(first: 100) { totalCount edges { node { code issuer { kind } } } } }`;
const REQUIRED = `query ($id: ID!) { position(id: $id) { id requiredSchemes { code } } }`;
const BY_STATUS = `query ($status: CertificateStatus!) {
  certificates(filter: { status: $status }, first: 100) { totalCount edges { node { id status employee { id } } } }
}`;
const EXPIRING = `query ($days: Int!) {
  certificates(filter: { expiringWithinDays: $days }, first: 100) { totalCount edges { node { daysUntilExpiry status } } }
}`;
const EMPLOYEE = `query ($id: ID!, $positionId: ID!) {
  employee(id: $id) {
    id name
    certificates { id number status scheme { code name } }
    missingSchemes(positionId: $positionId) { code }
  }
}`;
const UNIT = `query ($id: ID!, $days: Int) {
  unit(id: $id) { id name expiringCertificates(withinDays: $days) { number daysUntilExpiry employee { id name } } }
}`;
const EMPLOYEES = `query ($first: Int!) {
  employees(first: $first) { edges { node { id certificates { number status scheme { code issuer { code } } } } } }
}`;
const RECORD = `mutation ($input: RecordCertificateInput!) {
  recordCertificate(input: $input) { id number expiresOn status verificationState }
}`;
const VERIFY = `mutation ($id: ID!) { verifyCertificate(input: { certificateId: $id }) { verificationState verifiedOn } }`;
const RENEW = `mutation ($input: RenewCertificateInput!) { renewCertificate(input: $input) { id status renews { id } } }`;
const REVOKE = `mutation ($id: ID!, $reason: String!) {
  revokeCertificate(input: { certificateId: $id, reason: $reason }) { status revokedOn revocationReason }
}`;

describe.each(DATABASES)('certification through the gateway on %s', (database) => {
  let stack: TestStack;
  let admin: string;
  let employee: string;
  const asAdmin = (query: string, variables: Record<string, unknown> = {}) =>
    graphql(stack.gatewayUrl, query, variables, { token: admin });
  const certificationStatements = async () => (await stack.stats()).certification!.sqlStatements;

  beforeAll(async () => {
    stack = await startTestStack({ database, envOf: { certification: { CLOCK_AT: TODAY } } });
    admin = await signIn(stack.gatewayUrl, 'admin.ambon');
    employee = await signIn(stack.gatewayUrl, 'asn.ambon.1');
  });
  afterAll(() => stack?.stop());

  it('lets anyone read the scheme catalog and the schemes a position requires', async () => {
    const schemes = await graphql(stack.gatewayUrl, SCHEMES);
    expect(schemes.errors).toBeUndefined();
    expect(schemes.data?.schemes.totalCount).toBeGreaterThanOrEqual(20);
    const position = await graphql(stack.gatewayUrl, REQUIRED, { id: '9' });
    expect(position.errors).toBeUndefined();
    expect(position.data?.position.requiredSchemes).toEqual([{ code: 'LKPP-L1' }, { code: 'LKPP-JF-PPBJ-AP' }]);
  });

  it('answers the first page for after: null on every connection, and refuses a forged cursor alike', async () => {
    const CONNECTIONS = `query ($after: String) {
      employees(first: 2, after: $after) { edges { cursor } pageInfo { hasNextPage } }
      certificates(first: 2, after: $after) { edges { cursor } pageInfo { hasNextPage } }
      schemes(first: 2, after: $after) { edges { cursor } pageInfo { hasNextPage } }
      trainings(first: 2, after: $after) { edges { cursor } pageInfo { hasNextPage } }
      sessions(first: 2, after: $after) { edges { cursor } pageInfo { hasNextPage } }
    }`;
    const fields = ['employees', 'certificates', 'schemes', 'trainings', 'sessions'];
    const firstPage = await asAdmin(CONNECTIONS, { after: null });
    expect(firstPage.errors).toBeUndefined();
    for (const field of fields) {
      expect(firstPage.data?.[field].edges).toHaveLength(2);
      expect(firstPage.data?.[field].pageInfo.hasNextPage).toBe(true);
    }
    const forged = await asAdmin(CONNECTIONS, { after: 'bm9wZQ' });
    // Each subgraph stops at its first refused field (the connections are non-null): one error per subgraph.
    expect(forged.errors?.length).toBeGreaterThanOrEqual(3);
    expect(forged.errors?.every((error) => error.extensions?.reason === 'CURSOR_INVALID')).toBe(true);
  });

  it('lists the agency’s certificates in every status, and those expiring within N days', async () => {
    for (const status of ['ACTIVE', 'EXPIRING', 'EXPIRED', 'REVOKED']) {
      const result = await asAdmin(BY_STATUS, { status });
      expect(result.errors).toBeUndefined();
      const nodes = result.data?.certificates.edges.map((edge: { node: { status: string } }) => edge.node);
      expect(nodes.length).toBeGreaterThan(0);
      expect(nodes.every((node: { status: string }) => node.status === status)).toBe(true);
      // An Ambon administrator sees Ambon's employees (1-75) only.
      expect(nodes.every((node: { employee: { id: string } }) => Number(node.employee.id) <= 75)).toBe(true);
    }
    const soon = await asAdmin(EXPIRING, { days: 90 });
    expect(soon.data?.certificates.totalCount).toBeGreaterThan(0);
    for (const edge of soon.data?.certificates.edges ?? []) expect(edge.node.daysUntilExpiry).toBeLessThanOrEqual(90);
  });

  it('answers an anonymous or out-of-scope caller with a clear error', async () => {
    const anonymous = await graphql(stack.gatewayUrl, BY_STATUS, { status: 'ACTIVE' });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const other = await graphql(stack.gatewayUrl, EMPLOYEE, { id: '2', positionId: '9' }, { token: employee });
    expect(other.data?.employee?.certificates ?? null).toBeNull();
  });

  it("shows an employee's certificates and the schemes a position requires that they lack", async () => {
    const result = await asAdmin(EMPLOYEE, { id: '1', positionId: '9' });
    expect(result.errors).toBeUndefined();
    const { certificates, missingSchemes } = result.data!.employee;
    expect(certificates.length).toBeGreaterThan(0);
    const validCodes = new Set(
      certificates
        .filter((c: { status: string }) => c.status === 'ACTIVE' || c.status === 'EXPIRING')
        .map((c: { scheme: { code: string } }) => c.scheme.code),
    );
    const expected = ['LKPP-L1', 'LKPP-JF-PPBJ-AP'].filter((code) => !validCodes.has(code));
    expect(missingSchemes.map((scheme: { code: string }) => scheme.code)).toEqual(expected);
  });

  it("lists a unit's expiring certificates, sub-units included, in one query", async () => {
    const result = await asAdmin(UNIT, { id: '1', days: 90 });
    expect(result.errors).toBeUndefined();
    const expiring = result.data!.unit.expiringCertificates;
    expect(expiring.length).toBeGreaterThan(0);
    expect(expiring.every((c: { daysUntilExpiry: number }) => c.daysUntilExpiry >= 0 && c.daysUntilExpiry <= 90)).toBe(
      true,
    );
    expect(expiring[0].employee.name).toEqual(expect.any(String));
    const days = expiring.map((c: { daysUntilExpiry: number }) => c.daysUntilExpiry);
    expect(days).toEqual([...days].sort((a, b) => a - b));
  });

  it('takes as many certification SQL statements for 50 employees as for 5', async () => {
    const statementsFor = async (first: number) => {
      const before = await certificationStatements();
      const result = await asAdmin(EMPLOYEES, { first });
      expect(result.errors).toBeUndefined();
      return (await certificationStatements()) - before;
    };
    const five = await statementsFor(5);
    expect(await statementsFor(50)).toBe(five);
  });

  it('leaves a renewed certificate out of the expiring lists, and brings it back when the renewal is revoked', async () => {
    // Issued 2023-07-15 for 36 months: valid through 2026-07-15, 44 days after TODAY, so expiring within 90.
    const old = await asAdmin(RECORD, {
      input: { employeeId: '14', schemeId: '8', number: 'INT-RENEWED-1', issuedOn: '2023-07-15' },
    });
    const id = old.data!.recordCertificate.id as string;
    const unitIds = async () =>
      (await asAdmin(UNIT, { id: '6', days: 90 })).data?.unit.expiringCertificates.map(
        (c: { number: string }) => c.number,
      );
    const listed = async () => (await asAdmin(EXPIRING, { days: 90 })).data?.certificates.totalCount as number;
    expect(await unitIds()).toContain('INT-RENEWED-1');
    const before = await listed();
    const renewal = await asAdmin(RENEW, {
      input: { certificateId: id, number: 'INT-RENEWED-2', issuedOn: '2026-05-20' },
    });
    expect(renewal.errors).toBeUndefined();
    expect(await unitIds()).not.toContain('INT-RENEWED-1');
    expect(await listed()).toBe(before - 1);
    const revoked = await asAdmin(REVOKE, { id: renewal.data!.renewCertificate.id, reason: 'Salah terbit' });
    expect(revoked.errors).toBeUndefined();
    expect(await unitIds()).toContain('INT-RENEWED-1');
    expect(await listed()).toBe(before);
  });

  it('records, verifies, renews and revokes, each all or nothing', async () => {
    const input = { employeeId: '3', schemeId: '8', number: 'INT-MPROY-1', issuedOn: '2024-01-31' };
    const recorded = await asAdmin(RECORD, { input });
    expect(recorded.errors).toBeUndefined();
    expect(recorded.data?.recordCertificate).toMatchObject({ expiresOn: '2027-01-31', status: 'ACTIVE' });
    const id = recorded.data!.recordCertificate.id;

    const countBefore = (await asAdmin(BY_STATUS, { status: 'ACTIVE' })).data?.certificates.totalCount;
    for (const [bad, reason] of [
      [{ ...input, number: 'INT-MPROY-2', schemeId: '999' }, 'SCHEME_NOT_FOUND'],
      [{ ...input, number: 'INT-MPROY-2', issuedOn: '2026-06-02' }, 'DATE_IN_FUTURE'],
      [{ ...input, number: 'INT-MPROY-2', expiresOn: '2024-01-01' }, 'DATES_OUT_OF_ORDER'],
      [input, 'NUMBER_TAKEN'],
    ] as const) {
      const refused = await asAdmin(RECORD, { input: bad });
      expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason });
    }
    expect((await asAdmin(BY_STATUS, { status: 'ACTIVE' })).data?.certificates.totalCount).toBe(countBefore);
    const forbidden = await graphql(
      stack.gatewayUrl,
      RECORD,
      { input: { ...input, number: 'X' } },
      { token: employee },
    );
    expect(forbidden.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const verified = await asAdmin(VERIFY, { id });
    expect(verified.data?.verifyCertificate).toEqual({ verificationState: 'VERIFIED', verifiedOn: TODAY });
    expect((await asAdmin(VERIFY, { id })).errors?.[0]?.extensions?.reason).toBe('ALREADY_VERIFIED');

    const renewal = { certificateId: id, number: 'INT-MPROY-3', issuedOn: '2026-05-01' };
    const renewed = await asAdmin(RENEW, { input: renewal });
    expect(renewed.data?.renewCertificate).toMatchObject({ status: 'ACTIVE', renews: { id } });
    const again = await asAdmin(RENEW, { input: { ...renewal, number: 'INT-MPROY-4' } });
    expect(again.errors?.[0]?.extensions?.reason).toBe('ALREADY_RENEWED');

    const revoked = await asAdmin(REVOKE, { id, reason: 'Dicabut oleh LSP' });
    expect(revoked.data?.revokeCertificate).toEqual({
      status: 'REVOKED',
      revokedOn: TODAY,
      revocationReason: 'Dicabut oleh LSP',
    });
    const blank = await asAdmin(REVOKE, { id: renewed.data!.renewCertificate.id, reason: ' ' });
    expect(blank.errors?.[0]?.extensions?.reason).toBe('REASON_REQUIRED');
  });
});
