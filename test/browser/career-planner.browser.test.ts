// The career planner as an ASN sees it: their options ranked by readiness, requirements met and unmet, what closes
// each gap with the estimate, and the recommended trainings put into their plan of the year.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../support/graphql-client.js';
import { signIn } from '../support/sign-in.js';
import { checkAtBothWidths } from './axe.js';
import { signInAs, signInAsFirst, startBrowserStack, type BrowserStack } from './browser-stack.js';

describe('career planner for an ASN', () => {
  let browser: BrowserStack;
  beforeAll(async () => {
    browser = await startBrowserStack();
  });
  afterAll(() => browser?.stop());

  it('ranks the options by readiness, each with its kind, path, JPM category and requirements', async () => {
    const page = await browser.newPage();
    await signInAsFirst(page, 'ASN');
    await page.getByRole('link', { name: 'Perencanaan karier' }).click();
    const options = page.locator('[data-testid^="career-option-"]');
    await options.first().waitFor();
    expect(await options.count()).toBeGreaterThan(0);
    const ranks = await options.locator('.option__rank').allTextContents();
    expect(ranks).toEqual(ranks.map((_, index) => String(index + 1)));
    await expect(options.first().locator('.readiness').textContent()).resolves.toMatch(/JPM \d+,\d{2}.*Syarat/);
    await expect(page.locator('.requirements').getByText('Belum').count()).resolves.toBeGreaterThan(0);
    // Personnel's requirements, then training's leadership training and certification's required schemes.
    const unmet = page.locator('.requirements li', { hasText: 'Belum' });
    await expect(unmet.filter({ hasText: 'Pelatihan kepemimpinan' }).count()).resolves.toBeGreaterThan(0);
    await expect(unmet.filter({ hasText: 'Sertifikat' }).count()).resolves.toBeGreaterThan(0);
    await expect(options.first().locator('.trainings tbody tr').count()).resolves.toBeGreaterThan(0);
    await expect(page.locator('.schemes li').count()).resolves.toBeGreaterThan(0);
    await checkAtBothWidths(browser, page, 'career-planner');
  });

  it('adds an option’s recommended trainings to the plan of the year and shows the plan', async () => {
    const page = await browser.newPage();
    await signInAsFirst(page, 'ASN', '/career-planner');
    const add = page.locator('[data-testid^="add-to-plan-"]').first();
    await add.waitFor();
    await add.click();
    const plan = page.getByTestId('development-plan');
    await plan.waitFor();
    await expect(plan.getByRole('status').textContent()).resolves.toMatch(/pelatihan ditambahkan ke rencana/);
    expect(await plan.locator('li').count()).toBeGreaterThan(0);
    // One request per year the sessions end: the button settles once the last of them has answered.
    await expect.poll(() => add.textContent(), { timeout: 15_000 }).toMatch(/Sudah ditambahkan/);
    await expect(add.isDisabled()).resolves.toBe(true);
    await browser.screenshot(page, 'career-planner-added');
  });

  it('shows why adding failed beside the option, and keeps the button for another try', async () => {
    const page = await browser.newPage();
    await signInAsFirst(page, 'ASN');
    // The gateway refusing the plan (a full session, say) is hard to arrange with demo data: answer for it.
    await page.route('**/graphql', async (route) => {
      if ((route.request().postDataJSON() as { operationName?: string }).operationName !== 'AddTrainingsToPlan') {
        return route.fallback();
      }
      await route.fulfill({
        json: {
          data: null,
          errors: [
            {
              message: 'Angkatan sudah penuh.',
              extensions: { code: 'BAD_USER_INPUT', field: 'input.items.0.sessionId', reason: 'SESSION_FULL' },
            },
          ],
        },
      });
    });
    await page.goto('/career-planner');
    const option = page.locator('[data-testid^="career-option-"]').first();
    await option.locator('[data-testid^="add-to-plan-"]').click();
    const alert = option.getByTestId('error-alert');
    await alert.waitFor();
    await expect(alert.textContent()).resolves.toMatch(
      /Isian tidak valid.*input\.items\.0\.sessionId.*Angkatan sudah penuh/s,
    );
    await expect(option.locator('[data-testid^="add-to-plan-"]').isEnabled()).resolves.toBe(true);
    await expect(page.getByTestId('development-plan').count()).resolves.toBe(0);
    await browser.screenshot(option, 'career-planner-add-failed');
  });

  it('reads in English after switching language', async () => {
    const page = await browser.newPage();
    await signInAsFirst(page, 'ASN');
    await page.getByTestId('language-switch').selectOption('en');
    await page.goto('/career-planner');
    await page.locator('[data-testid^="career-option-"]').first().waitFor();
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Career planner');
    await expect(page.locator('.requirements').getByText('Not yet').count()).resolves.toBeGreaterThan(0);
    await browser.screenshot(page, 'career-planner-en');
  });

  it('lets a manager plan for one of their people, reached from the team matrix', async () => {
    const page = await browser.newPage();
    await signInAsFirst(page, 'MANAGER');
    // Someone with a ladder above them (a head of an agency has no next position in it).
    const rows = page.getByTestId('competency-matrix').locator('tbody tr');
    await rows.filter({ hasText: 'Pranata Komputer Ahli Pertama' }).first().locator('a').click();
    await page.getByRole('link', { name: 'Rencanakan karier' }).click();
    const add = page.locator('[data-testid^="add-to-plan-"]').first();
    await expect(add.textContent()).resolves.toMatch(/rencana pegawai/);
    await add.click();
    await page.getByTestId('development-plan').waitFor();
    await browser.screenshot(page, 'career-planner-manager');
  });

  it('says why a planner has no options: a PPPK whose ladder leads only to structural posts', async () => {
    const page = await browser.newPage();
    // asn.ambon.5 is a PPPK Pengelola Pengadaan Barang/Jasa Ahli Pertama: the ladder leads to Pengawas posts only.
    await signInAs(page, 'asn.ambon.5', '/career-planner');
    const empty = page.getByTestId('planner-empty');
    await empty.waitFor();
    await expect(empty.textContent()).resolves.toMatch(/Belum ada pilihan karier.*tidak dapat diduduki PPPK/s);
    await checkAtBothWidths(browser, page, 'career-planner-empty');
    // The API says the same, for the same person.
    const token = await signIn(browser.stack.gatewayUrl, 'asn.ambon.5');
    const me = await graphql(
      browser.stack.gatewayUrl,
      // Employee 24 of Kota Ambon (ids are (agency − 1) × 75 + j).
      'query { employee(id: "24") { name employeeType careerOptions { positionId } careerPlanEmptyReason } }',
      {},
      { token },
    );
    expect(me.errors).toBeUndefined();
    expect(me.data!.employee).toMatchObject({
      employeeType: 'PPPK',
      careerOptions: [],
      careerPlanEmptyReason: 'CLOSED_TO_EMPLOYEE_TYPE',
    });
  });

  it('raised no errors in the browser console', () => {
    expect(browser.pageErrors).toEqual([]);
  });
});
