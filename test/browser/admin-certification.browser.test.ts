// The administrator's console, certification: record a certificate that shows on the expiring list, verify it,
// renew it and revoke the renewal, each checked through the API; refused for a manager and for another agency's
// administrator.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../support/graphql-client.js';
import { signIn, signInWithProfile } from '../support/sign-in.js';
import { POLL, screenshotBothWidths, seriousAxeViolations } from './admin-checks.js';
import { signInAs, signInAsFirst, startBrowserStack, type BrowserStack } from './browser-stack.js';

const EMPLOYEES = `query { employees(first: 1, orderBy: { field: NAME, direction: ASC }) { edges { node { id name } } } }`;
const CERTIFICATES = `query ($employeeId: ID!) { certificates(first: 100, filter: { employeeId: $employeeId }) {
  edges { node { id number status verificationState revocationReason renews { number } } } } }`;
const OWN_CERTIFICATES = `query ($employeeId: ID!) { certificates(first: 1, filter: { employeeId: $employeeId }) {
  edges { node { id number employee { name } } } } }`;
const REVOKE = `mutation ($input: RevokeCertificateInput!) { revokeCertificate(input: $input) { id } }`;

const isoDate = (date: Date) => date.toISOString().slice(0, 10);

describe('administrator console: certification', () => {
  let browser: BrowserStack;
  let adminToken: string;
  let holder: { id: string; name: string };
  beforeAll(async () => {
    browser = await startBrowserStack();
    adminToken = await signIn(browser.stack.gatewayUrl, 'admin.ambon');
    holder = (await graphql(browser.stack.gatewayUrl, EMPLOYEES, {}, { token: adminToken })).data!.employees.edges[0]
      .node;
  });
  afterAll(() => browser?.stop());

  type Row = {
    id: string;
    number: string;
    status: string;
    verificationState: string;
    revocationReason: string | null;
    renews: { number: string } | null;
  };
  const certificateNumbered = async (number: string) =>
    (
      (await graphql(browser.stack.gatewayUrl, CERTIFICATES, { employeeId: holder.id }, { token: adminToken })).data!
        .certificates.edges as { node: Row }[]
    )
      .map((edge) => edge.node)
      .find((row) => row.number === number);

  it('records a certificate that shows on the expiring list, verifies, renews and revokes it', async () => {
    const page = await browser.newPage();
    await signInAs(page, 'admin.ambon', '/admin/certification');
    /** Records a certificate of `holder` expiring in 30 days through the form. */
    const record = async (number: string) => {
      await page.locator('#certificate-employee-search').fill(holder.name);
      await expect.poll(() => page.locator('#certificate-employee option').count(), POLL).toBe(1);
      const scheme = page.locator('#certificate-scheme');
      await expect.poll(() => scheme.locator('option').count(), POLL).toBeGreaterThan(1);
      await scheme.selectOption({ index: 1 });
      await page.locator('#certificate-number').fill(number);
      await page.locator('#certificate-issued').fill('2024-01-10');
      await page.locator('#certificate-expires').fill(isoDate(new Date(Date.now() + 30 * 86_400_000)));
      await page.getByTestId('certificate-record').click();
      await expect.poll(() => page.getByTestId('certificate-recorded').textContent(), POLL).toContain(number);
    };
    await record('UJI-ADM-001');
    expect(await certificateNumbered('UJI-ADM-001')).toMatchObject({
      status: 'EXPIRING',
      verificationState: 'UNVERIFIED',
    });

    const row = page.getByTestId('certificate-UJI-ADM-001');
    await row.getByRole('button', { name: 'Verifikasi' }).click();
    await expect.poll(() => row.textContent(), POLL).toContain('Terverifikasi');
    expect(await certificateNumbered('UJI-ADM-001')).toMatchObject({ verificationState: 'VERIFIED' });
    expect(await seriousAxeViolations(page)).toEqual([]);

    await row.getByRole('button', { name: 'Perpanjang' }).click();
    await row.getByLabel('Nomor baru').fill('UJI-ADM-002');
    await screenshotBothWidths(browser, page, 'admin-certification');
    await row.getByRole('button', { name: 'Perpanjang sertifikat' }).click();
    await expect.poll(() => page.getByTestId('certificate-done').textContent(), POLL).toContain('UJI-ADM-002');
    expect(await certificateNumbered('UJI-ADM-002')).toMatchObject({ renews: { number: 'UJI-ADM-001' } });

    // A renewed certificate is no reminder: it leaves the expiring list. Another one, issued in error, is revoked there.
    await expect.poll(() => row.count(), POLL).toBe(0);
    await record('UJI-ADM-003');
    const mistaken = page.getByTestId('certificate-UJI-ADM-003');
    await mistaken.getByRole('button', { name: 'Cabut' }).click();
    await mistaken.getByLabel('Alasan').fill('Diterbitkan keliru');
    await mistaken.getByRole('button', { name: 'Cabut sertifikat' }).click();
    await expect.poll(() => page.getByTestId('certificate-done').textContent(), POLL).toContain('dicabut');
    expect(await certificateNumbered('UJI-ADM-003')).toMatchObject({
      status: 'REVOKED',
      revocationReason: 'Diterbitkan keliru',
    });
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  it('offers no action on the administrator’s own certificate, which the API refuses', async () => {
    const { token, user } = await signInWithProfile(browser.stack.gatewayUrl, 'admin.ambon');
    const own = (await graphql(browser.stack.gatewayUrl, OWN_CERTIFICATES, { employeeId: user.employeeId }, { token }))
      .data!.certificates.edges[0].node as { id: string; number: string; employee: { name: string } };
    const refused = await graphql(
      browser.stack.gatewayUrl,
      REVOKE,
      { input: { certificateId: own.id, reason: 'sendiri' } },
      { token },
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const page = await browser.newPage();
    await signInAs(page, 'admin.ambon', '/admin/certification');
    // The seeded one expires this month: it heads the default list, the reminders.
    const row = page.getByTestId(`certificate-${own.number}`);
    await row.waitFor();
    expect(await row.getByTestId('certificate-own').textContent()).toContain('administrator lain');
    expect(await row.getByRole('button').count()).toBe(0);
    // Nor is the administrator offered as the holder of a new certificate: searching their name finds no one.
    await page.locator('#certificate-employee-search').fill(own.employee.name);
    await expect.poll(() => page.locator('#certificate-employee option').count(), POLL).toBe(0);
  });

  it('refuses the area to a manager, in the page and in the API', async () => {
    const page = await browser.newPage();
    const username = await signInAsFirst(page, 'MANAGER', '/admin/certification');
    await page.getByTestId('admin-refused').waitFor();
    const token = await signIn(browser.stack.gatewayUrl, username);
    const certificate = (await certificateNumbered('UJI-ADM-002'))!;
    const refused = await graphql(
      browser.stack.gatewayUrl,
      REVOKE,
      { input: { certificateId: certificate.id, reason: 'manager' } },
      { token },
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await certificateNumbered('UJI-ADM-002'))!.revocationReason).toBeNull();
  });

  it('refuses another agency’s administrator Ambon’s certificates', async () => {
    const token = await signIn(browser.stack.gatewayUrl, 'admin.mamuju');
    const certificate = (await certificateNumbered('UJI-ADM-002'))!;
    const refused = await graphql(
      browser.stack.gatewayUrl,
      REVOKE,
      { input: { certificateId: certificate.id, reason: 'mamuju' } },
      { token },
    );
    expect(['FORBIDDEN', 'NOT_FOUND']).toContain(refused.errors?.[0]?.extensions?.code);
    expect((await certificateNumbered('UJI-ADM-002'))!.revocationReason).toBeNull();
    const page = await browser.newPage();
    await signInAs(page, 'admin.mamuju', '/admin/certification');
    await page.getByTestId('certificate-list').waitFor();
    await expect.poll(() => page.getByTestId('certificate-list').locator('tbody tr').count(), POLL).toBeGreaterThan(0);
    expect(await page.getByTestId('certificate-UJI-ADM-002').count()).toBe(0);
  });

  it('raised no errors in the browser console', () => {
    expect(browser.pageErrors).toEqual([]);
  });
});
