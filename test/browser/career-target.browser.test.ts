// "My target" in the browser, as the demo ASN: no target yet on the plan page; in the career planner they make an
// option their target, which the planner, their profile and their plan page then show with the progress toward it
// (competencies, requirements, JP planned); checked through the API, axe clean, photographed at 1366 and 390 px, in
// Indonesian and English; then cleared.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { graphql } from '../support/graphql-client.js';
import { signIn } from '../support/sign-in.js';
import { checkAtBothWidths } from './axe.js';
import { signInAsFirst, startBrowserStack, type BrowserStack } from './browser-stack.js';

const TARGET = `query ($id: ID!) { employee(id: $id) { careerTarget { position { id name } progress { competenciesMet competencyCount } } } }`;

interface TargetState {
  employee: {
    careerTarget: {
      position: { id: string; name: string };
      progress: { competenciesMet: number; competencyCount: number } | null;
    } | null;
  };
}

describe('an ASN chooses a career target and follows their progress toward it', () => {
  let browser: BrowserStack;
  let page: Page;
  let employeeId: string;
  let token: string;
  let chosen: { id: string; name: string };
  const apiTarget = async () => {
    const response = await graphql<TargetState>(browser.stack.gatewayUrl, TARGET, { id: employeeId }, { token });
    expect(response.errors).toBeUndefined();
    return response.data!.employee.careerTarget;
  };

  beforeAll(async () => {
    browser = await startBrowserStack();
    page = await browser.newPage();
    const username = await signInAsFirst(page, 'ASN');
    token = await signIn(browser.stack.gatewayUrl, username);
    const session = (await page.evaluate("sessionStorage.getItem('asn.session')")) as string;
    ({ employeeId } = (JSON.parse(session) as { user: { employeeId: string } }).user);
  });
  afterAll(() => browser?.stop());

  it('has no target yet: the plan page says so and points to the planner', async () => {
    await page.goto('/my-training');
    const empty = page.getByTestId('career-target-empty');
    await empty.waitFor();
    await expect(empty.textContent()).resolves.toMatch(/belum memilih target karier/);
    expect(await apiTarget()).toBeNull();
    await page.getByTestId('career-target').getByRole('link', { name: 'Pilih di perencana karier' }).click();
    await page.waitForURL(/\/career-planner/);
  });

  it('makes the second option their target in the planner; the planner shows it with its progress', async () => {
    const option = page.locator('[data-testid^="career-option-"]').nth(1);
    await option.waitFor();
    const positionId = (await option.getAttribute('data-testid'))!.replace('career-option-', '');
    await option.getByTestId(`choose-target-${positionId}`).click();
    await option.getByTestId(`target-badge-${positionId}`).waitFor();
    await expect(option.getByTestId(`choose-target-${positionId}`).count()).resolves.toBe(0);
    const target = await apiTarget();
    expect(target?.position.id).toBe(positionId);
    chosen = target!.position;
    const card = page.getByTestId('career-target');
    await expect(card.getByTestId('career-target-position').textContent()).resolves.toBe(chosen.name);
    const { competenciesMet, competencyCount } = target!.progress!;
    await expect(card.getByTestId('career-target-competencies').textContent()).resolves.toContain(
      `${competenciesMet} dari ${competencyCount} kompetensi`,
    );
    await expect(card.getByTestId('career-target-jp').textContent()).resolves.toMatch(/JP|pelatihan/);
    await checkAtBothWidths(browser, page, 'career-target-planner');
  });

  it('shows the target with its progress on the profile and on the plan page', async () => {
    await page.goto(`/employees/${employeeId}`);
    const card = page.getByTestId('career-target');
    await card.getByTestId('career-target-position').waitFor();
    await expect(card.getByTestId('career-target-position').textContent()).resolves.toBe(chosen.name);
    await expect(card.getByRole('progressbar').count()).resolves.toBeGreaterThanOrEqual(2);
    await checkAtBothWidths(browser, page, 'career-target-profile');
    await page.goto('/my-training');
    await page.getByTestId('career-target-position').waitFor();
    await expect(page.getByTestId('career-target-requirements').textContent()).resolves.toMatch(
      /\d+ dari \d+ persyaratan terpenuhi/,
    );
    await checkAtBothWidths(browser, page, 'career-target-plan-page');
  });

  it('reads in English', async () => {
    await page.getByTestId('language-switch').selectOption('en');
    const card = page.getByTestId('career-target');
    await expect(card.getByRole('heading', { level: 2 }).textContent()).resolves.toBe('My career target');
    await expect(card.getByTestId('career-target-competencies').textContent()).resolves.toMatch(
      /\d+ of \d+ competencies meet the target's standard/,
    );
    await checkAtBothWidths(browser, page, 'career-target-plan-page-en');
    await page.getByTestId('language-switch').selectOption('id');
  });

  it('clears the target in the planner', async () => {
    await page.goto('/career-planner');
    await page.getByTestId('clear-target').click();
    await page.getByTestId('career-target-empty').waitFor();
    await expect.poll(apiTarget).toBeNull();
  });

  it('raised no errors in the browser console', () => {
    expect(browser.pageErrors).toEqual([]);
  });
});
