// An administrator records one past training of an employee from its papers, on the employee's page beside the
// histories: it is verified at once, shows in the list and counts toward the year's JP (on the page and in the API).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../support/graphql-client.js';
import { signIn, signInWithProfile } from '../support/sign-in.js';
import { POLL, screenshotBothWidths, seriousAxeViolations } from './admin-checks.js';
import { signInAs, startBrowserStack, type BrowserStack } from './browser-stack.js';
import { AMBON_TIME_ZONE, yearIn } from '../support/local-date.js';

const PAST = `query ($id: ID!, $year: Int!) { employee(id: $id) { jp(year: $year) { earned } pastTrainings { id title
  status source jp recordedBy } } }`;

describe('an administrator records a past training', () => {
  let browser: BrowserStack;
  let adminToken: string;
  let employeeId = '';
  beforeAll(async () => {
    browser = await startBrowserStack();
    adminToken = await signIn(browser.stack.gatewayUrl, 'admin.ambon');
    employeeId = (await signInWithProfile(browser.stack.gatewayUrl, 'asn.ambon.1')).user.employeeId!;
  });
  afterAll(() => browser?.stop());

  it('records it on the employee page, verified, listed and counted in the year’s JP', async () => {
    const year = yearIn(AMBON_TIME_ZONE);
    const pastOf = async () =>
      (await graphql(browser.stack.gatewayUrl, PAST, { id: employeeId, year }, { token: adminToken })).data!
        .employee as {
        jp: { earned: number };
        pastTrainings: { id: string; title: string; status: string; source: string; jp: number }[];
      };
    const before = (await pastOf()).jp.earned;
    const page = await browser.newPage();
    await signInAs(page, 'admin.ambon', `/admin/employees/${employeeId}`);
    const panel = page.getByTestId('my-past-trainings');
    await panel.waitFor();
    await expect.poll(() => page.getByTestId('past-training-earned').textContent(), POLL).toContain(`${before}`);
    expect(await panel.locator('h2').textContent()).toBe('Pelatihan lampau dan eksternal');
    await page.getByTestId('past-training-open').click();
    await page.locator('#past-title').fill('Bimtek Penyusunan SOP Pelayanan');
    await page.locator('#past-category').selectOption('TECHNICAL_GUIDANCE');
    await page.locator('#past-start').fill(`${year}-03-10`);
    await page.locator('#past-end').fill(`${year}-03-12`);
    await page.locator('#past-jp').fill('12');
    await page.locator('#past-provider').fill('BPSDM Provinsi Maluku');
    await page.locator('#past-certificate').fill('800/211/BPSDM/2026');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshotBothWidths(browser, page, 'admin-past-training-form');
    await page.getByTestId('past-training-submit').click();
    await expect.poll(() => page.getByTestId('past-training-sent').textContent(), POLL).toContain('terverifikasi');

    const recorded = (await pastOf()).pastTrainings.find((row) => row.title === 'Bimtek Penyusunan SOP Pelayanan');
    expect(recorded).toMatchObject({ status: 'VERIFIED', source: 'ADMIN', jp: 12, recordedBy: expect.any(String) });
    expect((await pastOf()).jp.earned).toBe(before + 12);
    const row = page.getByTestId(`past-training-${recorded!.id}`);
    await expect.poll(() => row.textContent(), POLL).toContain('Terverifikasi');
    await expect.poll(() => page.getByTestId('past-training-earned').textContent(), POLL).toContain(`${before + 12}`);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshotBothWidths(browser, page, 'admin-past-training-recorded');
    expect(browser.pageErrors).toEqual([]);
  }, 180_000);
});
