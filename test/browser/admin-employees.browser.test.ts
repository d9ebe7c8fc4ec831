// The administrator's console, employees: search, register with the NIP checked as typed, edit, and an
// optimistic-lock conflict explained and resolved; refused for a manager and for another agency's administrator.
// Form fields are found by id: a label wrapping a select also carries its options' text ("Dinas Pendidikan").
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../support/graphql-client.js';
import { signIn } from '../support/sign-in.js';
import { POLL, screenshotBothWidths, seriousAxeViolations } from './admin-checks.js';
import { signInAs, signInAsFirst, startBrowserStack, type BrowserStack } from './browser-stack.js';

const NEW_NIP = '199505152020122987';
const BY_NIP = `query ($nip: String!) { employee(nip: $nip) { id version name golongan education nip gender
  birthDate appointmentMonth potentialScore unit { id } position { id } } }`;
const UPDATE = `mutation ($input: UpdateEmployeeInput!) { updateEmployee(input: $input) { id version golongan } }`;

describe('administrator console: employees', () => {
  let browser: BrowserStack;
  let adminToken: string;
  let createdId = '';
  beforeAll(async () => {
    browser = await startBrowserStack();
    adminToken = await signIn(browser.stack.gatewayUrl, 'admin.ambon');
  });
  afterAll(() => browser?.stop());

  const byNip = async (nip: string) =>
    (await graphql(browser.stack.gatewayUrl, BY_NIP, { nip }, { token: adminToken })).data?.employee;

  it('finds employees of the agency by name', async () => {
    const page = await browser.newPage();
    await signInAs(page, 'admin.ambon');
    // The console opens on its dashboard; the employees are one tab away.
    await page.getByRole('link', { name: 'Administrasi' }).click();
    await page.waitForURL('**/admin/dashboard');
    await page.getByTestId('admin-tabs-nav').getByRole('link', { name: 'Pegawai' }).click();
    const rows = page.getByTestId('admin-employee-table').locator('tbody tr');
    await rows.first().waitFor();
    const firstName = (await rows.first().locator('td').first().textContent())!.trim();
    await page.getByTestId('admin-employee-search').fill(firstName.slice(0, 5));
    await expect
      .poll(async () => (await rows.allTextContents()).every((row) => row.includes(firstName.slice(0, 5))), POLL)
      .toBe(true);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshotBothWidths(browser, page, 'admin-employees');
  });

  it('registers an employee, showing what the NIP encodes or the rule broken as it is typed', async () => {
    const page = await browser.newPage();
    await signInAs(page, 'admin.ambon', '/admin/employees');
    await page.getByTestId('admin-employee-new').click();
    const nip = page.getByTestId('nip-input');
    const status = page.getByTestId('nip-status');
    await nip.fill('19950515');
    await expect.poll(() => status.textContent(), POLL).toContain('NIP harus 18 angka.');
    await nip.fill('199502302020122987');
    await expect.poll(() => status.textContent(), POLL).toContain('Tanggal lahir pada NIP bukan tanggal yang valid.');
    await nip.fill('199505152010122987');
    await expect.poll(() => status.textContent(), POLL).toContain('lebih awal dari bulan pegawai berusia 18 tahun');
    await nip.fill('19950515 202012 2 987');
    await expect.poll(() => page.getByTestId('nip-birth-date').textContent(), POLL).toBe('15 Mei 1995');
    expect(await page.getByTestId('nip-appointment').textContent()).toBe('Desember 2020');
    expect(await page.getByTestId('nip-gender').textContent()).toBe('Perempuan');

    await page.locator('#employee-name').fill('Siti Rahmawati Uji');
    await page.locator('#employee-golongan').selectOption('IV_E');
    await page.locator('#employee-education').selectOption('S3');
    await page.locator('#employee-unit').selectOption({ index: 1 });
    await page.locator('#employee-position').selectOption({ index: 1 });
    await page.locator('#employee-position-since').fill('2024-01-02');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshotBothWidths(browser, page, 'admin-employee-new');
    await page.getByTestId('employee-save').click();
    await expect.poll(() => page.getByTestId('employee-notice').textContent(), POLL).toContain('Siti Rahmawati Uji');

    const saved = await byNip(NEW_NIP);
    expect(saved).toMatchObject({
      name: 'Siti Rahmawati Uji',
      golongan: 'IV_E',
      education: 'S3',
      gender: 'FEMALE',
      birthDate: '1995-05-15',
      appointmentMonth: '2020-12',
      version: 1,
    });
    createdId = saved.id;
    expect(page.url()).toContain(`/admin/employees/${createdId}`);
  });

  it('edits an employee, and after someone else saved first explains the conflict and re-applies the edit', async () => {
    const page = await browser.newPage();
    await signInAs(page, 'admin.ambon', `/admin/employees/${createdId}`);
    const name = page.locator('#employee-name');
    await expect.poll(() => name.inputValue(), POLL).toBe('Siti Rahmawati Uji');
    await name.fill('Siti Rahmawati');
    await page.getByTestId('employee-save').click();
    await expect.poll(() => page.getByTestId('employee-notice').textContent(), POLL).toContain('Perubahan tersimpan');
    expect(await byNip(NEW_NIP)).toMatchObject({ name: 'Siti Rahmawati', version: 2 });

    // Someone else changes the potential score while this page still holds version 2.
    const other = await graphql(
      browser.stack.gatewayUrl,
      UPDATE,
      { input: { id: createdId, version: 2, potentialScore: 72.5 } },
      { token: adminToken },
    );
    expect(other.errors).toBeUndefined();
    await page.locator('#employee-name').fill('Siti Rahmawati, S.Kom.');
    await page.getByTestId('employee-save').click();
    const conflict = page.getByTestId('employee-conflict');
    await conflict.waitFor();
    expect(await conflict.textContent()).toContain('Orang lain mengubah data pegawai ini');
    expect(await byNip(NEW_NIP)).toMatchObject({ name: 'Siti Rahmawati', potentialScore: 72.5, version: 3 });
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshotBothWidths(browser, page, 'admin-employee-conflict');

    await page.getByTestId('conflict-reload').click();
    await expect.poll(() => page.getByTestId('their-changes').textContent(), POLL).toContain('Nilai potensi');
    expect(await page.locator('#employee-name').inputValue()).toBe('Siti Rahmawati, S.Kom.');
    expect(await page.locator('#employee-potential').inputValue()).toBe('72.5');
    await page.getByTestId('employee-save').click();
    await expect.poll(() => page.getByTestId('employee-notice').textContent(), POLL).toContain('Perubahan tersimpan');
    expect(await byNip(NEW_NIP)).toMatchObject({ name: 'Siti Rahmawati, S.Kom.', potentialScore: 72.5, version: 4 });
  });

  it('refuses the console to a manager, in the page and in the API', async () => {
    const page = await browser.newPage();
    const username = await signInAsFirst(page, 'MANAGER');
    expect(await page.getByRole('link', { name: 'Administrasi' }).count()).toBe(0);
    await page.goto('/admin/employees');
    await page.getByTestId('admin-refused').waitFor();
    expect(await page.getByTestId('admin-employee-table').count()).toBe(0);
    expect(await seriousAxeViolations(page)).toEqual([]);
    const token = await signIn(browser.stack.gatewayUrl, username);
    const refused = await graphql(
      browser.stack.gatewayUrl,
      UPDATE,
      { input: { id: createdId, version: 4, name: 'Manager was here' } },
      { token },
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await byNip(NEW_NIP)).toMatchObject({ name: 'Siti Rahmawati, S.Kom.', version: 4 });
  });

  it('keeps another agency’s administrator out of Ambon’s employees', async () => {
    const page = await browser.newPage();
    await signInAs(page, 'admin.mamuju', `/admin/employees/${createdId}`);
    await page.locator('[data-testid="error-alert"], [data-testid="admin-employee-missing"]').first().waitFor();
    expect(await page.getByTestId('employee-form').count()).toBe(0);
    const token = await signIn(browser.stack.gatewayUrl, 'admin.mamuju');
    const refused = await graphql(
      browser.stack.gatewayUrl,
      UPDATE,
      { input: { id: createdId, version: 4, name: 'Mamuju was here' } },
      { token },
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await byNip(NEW_NIP)).toMatchObject({ version: 4 });
  });

  it('raised no errors in the browser console', () => {
    expect(browser.pageErrors).toEqual([]);
  });
});
