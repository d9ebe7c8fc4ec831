// The SIASN CSV downloads: an ASN's own riwayat kursus (My Training), an employee's on the administrator's employee
// page, and the whole agency's riwayat kursus and riwayat sertifikasi in the training console. Each file is the API's CSV with a
// byte-order mark, the NIP grouped so Excel keeps it as text.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../support/graphql-client.js';
import { signIn, signInWithProfile } from '../support/sign-in.js';
import { POLL, screenshotBothWidths, seriousAxeViolations } from './admin-checks.js';
import { signInAs, startBrowserStack, type BrowserStack } from './browser-stack.js';

const FROM = '2015-01-01';
const HEADER =
  'nipBaru,namaKursus,jenisKursus,jumlahJam,tanggalKursus,tanggalSelesaiKursus,tahunKursus,institusiPenyelenggara,' +
  'nomorSertipikat';
const EMPLOYEE = `query ($id: ID!, $from: Date!, $to: Date!) { employee(id: $id) { siasnKursus(from: $from, to: $to)
  { csv records { namaKursus } } } }`;
const UNIT = `query ($id: ID!, $from: Date!, $to: Date!) { unit(id: $id) { siasnKursus(from: $from, to: $to)
  { csv records { namaKursus } } } }`;
const UNIT_CERTIFICATES = `query ($id: ID!, $from: Date!, $to: Date!) { unit(id: $id) {
  siasnSertifikasi(from: $from, to: $to) { csv records { nomorSertifikat } } } }`;

/** Sets the period's start, downloads, and returns the file's text, its byte-order mark checked and removed. */
async function downloadFrom(page: Page, button = 'siasn-download'): Promise<{ csv: string; to: string; name: string }> {
  const panel = page.getByTestId('siasn-export');
  await panel.getByTestId('siasn-from').fill(FROM);
  const to = await panel.getByTestId('siasn-to').inputValue();
  const [download] = await Promise.all([page.waitForEvent('download'), panel.getByTestId(button).click()]);
  const raw = readFileSync((await download.path())!, 'utf8');
  expect(raw.startsWith('\uFEFF'), 'a UTF-8 byte-order mark for Excel').toBe(true);
  await panel.getByTestId('siasn-saved').waitFor();
  return { csv: raw.slice(1), to, name: download.suggestedFilename() };
}

describe('SIASN riwayat kursus downloads', () => {
  let browser: BrowserStack;
  let adminToken: string;
  let employeeId = '';
  beforeAll(async () => {
    browser = await startBrowserStack();
    adminToken = await signIn(browser.stack.gatewayUrl, 'admin.ambon');
    employeeId = (await signInWithProfile(browser.stack.gatewayUrl, 'asn.ambon.1')).user.employeeId!;
  });
  afterAll(() => browser?.stop());

  const employeeExport = async (to: string, token = adminToken) =>
    (await graphql(browser.stack.gatewayUrl, EMPLOYEE, { id: employeeId, from: FROM, to }, { token })).data!.employee
      .siasnKursus as { csv: string; records: unknown[] };

  it('gives an ASN their own file from My Training', async () => {
    const page = await browser.newPage();
    await signInAs(page, 'asn.ambon.1', '/my-training');
    await page.getByTestId('siasn-export').waitFor();
    const { csv, to, name } = await downloadFrom(page);
    expect(name).toMatch(/^siasn-riwayat-kursus-employee-\d+-2015-01-01-.*\.csv$/);
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe(HEADER);
    const api = await employeeExport(to, await signIn(browser.stack.gatewayUrl, 'asn.ambon.1'));
    expect(csv).toBe(api.csv);
    expect(api.records.length, 'the demo ASN has completed trainings').toBeGreaterThan(0);
    for (const line of lines.slice(1)) expect(line).toMatch(/^\d{8} \d{6} [12] \d{3},/);
    expect(await page.getByTestId('siasn-saved').textContent()).toContain(`${api.records.length}`);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.getByTestId('siasn-export').scrollIntoViewIfNeeded();
    await screenshotBothWidths(browser, page, 'siasn-export-mine');
  }, 180_000);

  it('gives the administrator an employee’s file on the employee page', async () => {
    const page = await browser.newPage();
    await signInAs(page, 'admin.ambon', `/admin/employees/${employeeId}`);
    await page.getByTestId('siasn-export').waitFor();
    const { csv, to } = await downloadFrom(page);
    expect(csv).toBe((await employeeExport(to)).csv);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshotBothWidths(browser, page, 'siasn-export-employee');
  }, 180_000);

  it('gives the administrator the whole agency’s file in the training console', async () => {
    const page = await browser.newPage();
    await signInAs(page, 'admin.ambon', '/admin/training');
    const panel = page.getByTestId('siasn-export');
    await panel.waitFor();
    // The placeholder option's value is its text until the units arrive.
    await expect.poll(() => panel.locator('#siasn-unit').inputValue(), POLL).toMatch(/^\d+$/);
    const unitId = await panel.locator('#siasn-unit').inputValue();
    const { csv, to } = await downloadFrom(page);
    const unitAnswer = await graphql(
      browser.stack.gatewayUrl,
      UNIT,
      { id: unitId, from: FROM, to },
      { token: adminToken },
    );
    expect(unitAnswer.errors, `unit ${unitId}`).toBeUndefined();
    const api = unitAnswer.data!.unit.siasnKursus as { csv: string; records: unknown[] };
    expect(csv).toBe(api.csv);
    expect(csv.trimEnd().split('\r\n')).toHaveLength(api.records.length + 1);
    expect(api.records.length).toBeGreaterThan(50);
    const certificates = await downloadFrom(page, 'siasn-download-sertifikasi');
    expect(certificates.name).toMatch(/^siasn-riwayat-sertifikasi-unit-/);
    const apiCertificates = (
      await graphql(browser.stack.gatewayUrl, UNIT_CERTIFICATES, { id: unitId, from: FROM, to }, { token: adminToken })
    ).data!.unit.siasnSertifikasi as { csv: string; records: unknown[] };
    expect(certificates.csv).toBe(apiCertificates.csv);
    expect(certificates.csv.split('\r\n')[0]).toMatch(/^nipBaru,namaSertifikasi,nomorSertifikat,tanggalSertifikat,/);
    expect(apiCertificates.records.length).toBeGreaterThan(10);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await panel.scrollIntoViewIfNeeded();
    await screenshotBothWidths(browser, page, 'siasn-export-agency');
    expect(browser.pageErrors).toEqual([]);
  }, 180_000);
});
