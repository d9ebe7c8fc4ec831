import 'reflect-metadata';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Identity } from '@asn/common';
import { Certificate } from '../entities/certificate.entity.js';
import {
  ADMIN_1,
  ADMIN_2,
  ANONYMOUS,
  API_KEY_1,
  ASN_1001,
  MANAGER,
  TODAY,
  insertCertificates,
} from '../testing/fixtures.js';
import {
  createCertificationTestSubgraph,
  type CertificationTestSubgraph,
} from '../testing/certification-test-subgraph.js';

const FIELDS = 'id number issuedOn expiresOn status verificationState verifiedBy verifiedOn revokedOn revocationReason';
const RECORD = `mutation ($input: RecordCertificateInput!) { recordCertificate(input: $input) { ${FIELDS} employee { id } } }`;
const VERIFY = `mutation ($input: VerifyCertificateInput!) { verifyCertificate(input: $input) { ${FIELDS} } }`;
const RENEW = `mutation ($input: RenewCertificateInput!) { renewCertificate(input: $input) { ${FIELDS} renews { id renewedBy { id } } } }`;
const REVOKE = `mutation ($input: RevokeCertificateInput!) { revokeCertificate(input: $input) { ${FIELDS} } }`;

type Result = Awaited<ReturnType<CertificationTestSubgraph['execute']>>;

describe('certificate mutations', () => {
  let subgraph: CertificationTestSubgraph;
  let rowsBefore: Certificate[];
  // The gateway vouches for the agency of the employee a mutation names; 1001 is this test's employee of agency 1.
  const admin = { ...ADMIN_1, employeeAgencies: { '1001': '1' } } as Identity;
  const run = (query: string, input: Record<string, unknown>, identity: Identity = admin) =>
    subgraph.execute(query, { input }, { identity });
  const record = (input: Record<string, unknown>, identity?: Identity) =>
    run(RECORD, { employeeId: '1001', schemeId: '8', number: 'NEW-1', issuedOn: '2024-01-31', ...input }, identity);
  const rows = () => subgraph.dataSource.getRepository(Certificate).find({ order: { id: 'ASC' } });
  /** A refused mutation answers one error of this code/reason and changes nothing. */
  async function expectRefused(result: Result, extensions: Record<string, unknown>) {
    expect(result.data ?? null).toBeNull();
    expect(result.errors?.[0]?.extensions).toMatchObject(extensions);
    expect(await rows()).toEqual(rowsBefore);
  }
  const data = (result: Result, field: string) =>
    (result.data as Record<string, unknown> | null | undefined)?.[field] as Record<string, unknown>;

  beforeAll(async () => {
    // The demo catalog; its certificates are cleared before each test.
    subgraph = await createCertificationTestSubgraph(TODAY, { seed: true });
  });
  beforeEach(async () => {
    const repository = subgraph.dataSource.getRepository(Certificate);
    await repository.createQueryBuilder().update().set({ renewsId: null }).execute(); // unlink renewals first
    await repository.createQueryBuilder().delete().execute();
    rowsBefore = await rows();
  });
  afterAll(() => subgraph.stop());

  it('records a certificate with the expiry computed from the scheme, month end included', async () => {
    const result = await record({ lspName: 'LSP Manajemen Proyek Indonesia' });
    expect(result.errors).toBeUndefined();
    expect(data(result, 'recordCertificate')).toMatchObject({
      number: 'NEW-1',
      issuedOn: '2024-01-31',
      expiresOn: '2027-01-31',
      status: 'ACTIVE',
      verificationState: 'UNVERIFIED',
      employee: { id: '1001' },
    });
    const [row] = await rows();
    expect(row).toMatchObject({ agencyId: 1, issuerId: 1, lspName: 'LSP Manajemen Proyek Indonesia' });
  });

  it('keeps the expiry the issuer printed, and none for a lifetime scheme', async () => {
    const given = await record({ expiresOn: '2025-12-31' });
    expect(data(given, 'recordCertificate')).toMatchObject({ expiresOn: '2025-12-31', status: 'EXPIRED' });
    const lifetime = await record({ schemeId: '20', number: 'STR-1' });
    expect(data(lifetime, 'recordCertificate')).toMatchObject({ expiresOn: null, status: 'ACTIVE' });
  });

  it('refuses an unknown scheme, a future issue date, an expiry not after the issue, a malformed id', async () => {
    await expectRefused(await record({ schemeId: '999' }), { reason: 'SCHEME_NOT_FOUND', field: 'input.schemeId' });
    await expectRefused(await record({ issuedOn: '2026-06-02' }), {
      reason: 'DATE_IN_FUTURE',
      field: 'input.issuedOn',
    });
    await expectRefused(await record({ expiresOn: '2024-01-31' }), {
      reason: 'DATES_OUT_OF_ORDER',
      field: 'input.expiresOn',
      earliest: '2024-02-01',
    });
    await expectRefused(await record({ employeeId: 'x' }), { reason: 'ID_INVALID', field: 'input.employeeId' });
    await expectRefused(await record({ number: '   ' }), { reason: 'TEXT_INVALID', field: 'input.number' });
    await expectRefused(await record({ issuedOn: '2023-02-29' }), { code: 'BAD_USER_INPUT' });
  });

  it('refuses a number already used by the same issuer, but not by another issuer', async () => {
    await record({});
    rowsBefore = await rows();
    await expectRefused(await record({ schemeId: '13' }), { reason: 'NUMBER_TAKEN', field: 'input.number' });
    const otherIssuer = await record({ schemeId: '2' }); // LKPP, not BNSP
    expect(otherIssuer.errors).toBeUndefined();
  });

  it('answers in Indonesian when asked', async () => {
    const result = await subgraph.execute(
      RECORD,
      { input: { employeeId: '1001', schemeId: '999', number: 'N', issuedOn: '2024-01-01' } },
      { identity: admin, language: 'id' },
    );
    expect(result.errors?.[0]?.message).toBe('Skema sertifikasi tidak ditemukan.');
  });

  it('lets the manager record for their people, and nobody else without the right', async () => {
    expect((await record({}, MANAGER)).errors).toBeUndefined();
    rowsBefore = await rows();
    await expectRefused(await record({ employeeId: '1003', number: 'N2' }, MANAGER), { code: 'FORBIDDEN' });
    await expectRefused(await record({ number: 'N3' }, ASN_1001), { code: 'FORBIDDEN' });
    await expectRefused(await record({ number: 'N4' }, API_KEY_1), { code: 'FORBIDDEN' });
    await expectRefused(await record({ number: 'N5' }, ANONYMOUS), { code: 'UNAUTHENTICATED' });
  });

  it("verifies once, by whom and today; not one's own, not another agency's", async () => {
    const [id] = await insertCertificates(subgraph.dataSource, [
      { employeeId: 1001, schemeId: 8, number: 'V-1', issuedOn: '2025-01-01', expiresOn: '2028-01-01' },
    ]);
    const own = await insertCertificates(subgraph.dataSource, [
      { employeeId: 1000, schemeId: 8, number: 'V-2', issuedOn: '2025-01-01', expiresOn: '2028-01-01' },
    ]);
    rowsBefore = await rows();
    await expectRefused(await run(VERIFY, { certificateId: String(own[0]) }, MANAGER), { code: 'FORBIDDEN' });
    await expectRefused(await run(VERIFY, { certificateId: String(id) }, ADMIN_2), { code: 'FORBIDDEN' });
    await expectRefused(await run(VERIFY, { certificateId: '999999' }), { code: 'NOT_FOUND' });
    const verified = await run(VERIFY, { certificateId: String(id) }, MANAGER);
    expect(data(verified, 'verifyCertificate')).toMatchObject({
      verificationState: 'VERIFIED',
      verifiedBy: 'user:manager-1',
      verifiedOn: TODAY,
    });
    rowsBefore = await rows();
    await expectRefused(await run(VERIFY, { certificateId: String(id) }), { reason: 'ALREADY_VERIFIED' });
  });

  it('renews into a new certificate linked to the old one, once', async () => {
    const [old] = await insertCertificates(subgraph.dataSource, [
      { employeeId: 1001, schemeId: 8, number: 'R-1', issuedOn: '2023-05-10', expiresOn: '2026-05-10' },
    ]);
    rowsBefore = await rows();
    const renew = (input: Record<string, unknown>, identity?: Identity) =>
      run(RENEW, { certificateId: String(old), number: 'R-2', issuedOn: '2026-05-01', ...input }, identity);
    await expectRefused(await renew({ issuedOn: '2023-05-10' }), {
      reason: 'DATES_OUT_OF_ORDER',
      field: 'input.issuedOn',
    });
    await expectRefused(await renew({ number: 'R-1' }), { reason: 'NUMBER_TAKEN' });
    await expectRefused(await renew({}, MANAGER), { code: 'FORBIDDEN' });
    const renewed = await renew({});
    expect(renewed.errors).toBeUndefined();
    expect(data(renewed, 'renewCertificate')).toMatchObject({
      number: 'R-2',
      expiresOn: '2029-05-01',
      status: 'ACTIVE',
      renews: { id: String(old), renewedBy: { id: data(renewed, 'renewCertificate').id } },
    });
    rowsBefore = await rows();
    await expectRefused(await renew({ number: 'R-3' }), { reason: 'ALREADY_RENEWED' });
  });

  it('revokes with a reason and a date, then refuses to renew, verify or revoke again', async () => {
    const [id] = await insertCertificates(subgraph.dataSource, [
      { employeeId: 1001, schemeId: 8, number: 'X-1', issuedOn: '2025-01-01', expiresOn: '2028-01-01' },
    ]);
    rowsBefore = await rows();
    const revoke = (input: Record<string, unknown>, identity?: Identity) =>
      run(REVOKE, { certificateId: String(id), reason: 'Dicabut oleh LSP', ...input }, identity);
    await expectRefused(await revoke({ reason: ' ' }), { reason: 'REASON_REQUIRED', field: 'input.reason' });
    await expectRefused(await revoke({ revokedOn: '2026-06-02' }), { reason: 'DATE_IN_FUTURE' });
    await expectRefused(await revoke({ revokedOn: '2024-12-31' }), { reason: 'DATES_OUT_OF_ORDER' });
    await expectRefused(await revoke({}, MANAGER), { code: 'FORBIDDEN' });
    const revoked = await revoke({});
    expect(data(revoked, 'revokeCertificate')).toMatchObject({
      status: 'REVOKED',
      revokedOn: TODAY,
      revocationReason: 'Dicabut oleh LSP',
    });
    rowsBefore = await rows();
    await expectRefused(await revoke({}), { reason: 'ALREADY_REVOKED' });
    await expectRefused(await run(VERIFY, { certificateId: String(id) }), { reason: 'ALREADY_REVOKED' });
    await expectRefused(await run(RENEW, { certificateId: String(id), number: 'X-2', issuedOn: TODAY }), {
      reason: 'ALREADY_REVOKED',
    });
  });
});
