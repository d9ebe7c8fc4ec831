// The administrator's console, training operations: schedule a session, set a unit's budget for a year and read the
// evaluation per training with its follow-up list, checked through the API; refused for a manager, and another
// agency's administrator can neither budget Ambon's units nor see Ambon's trainees.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../support/graphql-client.js';
import { signIn } from '../support/sign-in.js';
import { POLL, screenshotBothWidths, seriousAxeViolations } from './admin-checks.js';
import { signInAs, signInAsFirst, startBrowserStack, type BrowserStack } from './browser-stack.js';

const UNITS = `query ($agencyId: ID!) { units(agencyId: $agencyId) { id name } }`;
const SESSIONS = `query { sessions(first: 100, filter: { startsFrom: "2027-01-01" }) { edges { node {
  name startDate endDate mode location capacity registrationDeadline training { id } } } } }`;
const BUDGET = `query ($id: ID!) { unit(id: $id) { trainingNeeds(year: 2027) { budget } } }`;
const EVALUATIONS = `query { trainings(first: 100) { edges { node { code evaluation {
  participants followUps { id } } } } } }`;
const SET_BUDGET = `mutation ($input: SetTrainingBudgetInput!) { setTrainingBudget(input: $input) { amount } }`;

describe('administrator console: training operations', () => {
  let browser: BrowserStack;
  let adminToken: string;
  let unit: { id: string; name: string };
  beforeAll(async () => {
    browser = await startBrowserStack();
    const response = await fetch(`${browser.stack.gatewayUrl}/auth/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'admin.ambon' }),
    });
    const body = (await response.json()) as { token: string; user: { agencyId: string } };
    adminToken = body.token;
    const units = await graphql(
      browser.stack.gatewayUrl,
      UNITS,
      { agencyId: body.user.agencyId },
      { token: adminToken },
    );
    unit = units.data!.units[1];
  });
  afterAll(() => browser?.stop());

  const budgetOf = async (id: string) =>
    (await graphql(browser.stack.gatewayUrl, BUDGET, { id }, { token: adminToken })).data!.unit.trainingNeeds.budget;

  it('schedules a session of a catalog training', async () => {
    const page = await browser.newPage();
    await signInAs(page, 'admin.ambon', '/admin/training');
    const training = page.locator('#session-training');
    await expect.poll(() => training.locator('option').count(), POLL).toBeGreaterThan(1);
    const trainingId = await training.locator('option').nth(1).getAttribute('value');
    await training.selectOption(trainingId!);
    await page.locator('#session-name').fill('Angkatan Uji 2027');
    await page.locator('#session-start').fill('2027-03-01');
    await page.locator('#session-end').fill('2027-03-05');
    await page.locator('#session-deadline').fill('2027-02-15');
    await page.locator('#session-mode').selectOption('BLENDED');
    await page.locator('#session-location').fill('Aula BKPSDM Ambon');
    await page.locator('#session-capacity').fill('25');
    await page.getByTestId('session-create').click();
    await expect.poll(() => page.getByTestId('session-created').textContent(), POLL).toContain('Angkatan Uji 2027');
    await expect.poll(() => page.getByTestId('session-table').textContent(), POLL).toContain('Angkatan Uji 2027');
    const sessions = await graphql(browser.stack.gatewayUrl, SESSIONS, {}, { token: adminToken });
    expect(sessions.data!.sessions.edges.map((edge: { node: unknown }) => edge.node)).toContainEqual({
      name: 'Angkatan Uji 2027',
      startDate: '2027-03-01',
      endDate: '2027-03-05',
      mode: 'BLENDED',
      location: 'Aula BKPSDM Ambon',
      capacity: 25,
      registrationDeadline: '2027-02-15',
      training: { id: trainingId },
    });
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshotBothWidths(browser, page, 'admin-training');
  });

  it('sets a unit’s training budget for a year', async () => {
    const page = await browser.newPage();
    await signInAs(page, 'admin.ambon', '/admin/training');
    await page.locator('#budget-unit').selectOption(unit.id);
    await page.locator('#budget-year').fill('2027');
    await page.locator('#budget-amount').fill('125000000');
    await page.getByTestId('budget-save').click();
    await expect.poll(() => page.getByTestId('budget-saved').textContent(), POLL).toContain('2027');
    await expect
      .poll(() => page.getByTestId('budget-current').textContent(), POLL)
      .toMatch(/Anggaran Rp\s?125\.000\.000/);
    expect(await budgetOf(unit.id)).toBe(125_000_000);
  });

  type Evaluated = { code: string; evaluation: { participants: number; followUps: { id: string }[] } | null };
  const evaluationsAs = async (token: string) =>
    (
      (await graphql(browser.stack.gatewayUrl, EVALUATIONS, {}, { token })).data!.trainings.edges as {
        node: Evaluated;
      }[]
    ).map((edge) => edge.node);

  it('shows the evaluation per training and the trainees to follow up, as the API computes them', async () => {
    const evaluated = (await evaluationsAs(adminToken)).filter((training) => training.evaluation!.participants > 0);
    const followUpIds = evaluated.flatMap((training) =>
      training.evaluation!.followUps.map((enrolment) => enrolment.id),
    );
    expect(followUpIds.length).toBeGreaterThan(0);
    const page = await browser.newPage();
    await signInAs(page, 'admin.ambon', '/admin/evaluation');
    const list = page.getByTestId('evaluation-list');
    // Pages of 50 trainings: "load more" until the catalog is all there.
    const more = page.getByTestId('evaluation-more');
    await more.waitFor();
    while ((await more.count()) > 0) {
      await more.click();
      await expect.poll(() => more.isDisabled().catch(() => false), POLL).toBe(false);
    }
    expect(await page.getByTestId('load-failed').count()).toBe(0);
    await expect.poll(() => list.locator('tbody tr').count(), POLL).toBe(evaluated.length);
    const first = evaluated[0]!;
    expect(await page.getByTestId(`evaluation-${first.code}`).locator('td').nth(1).textContent()).toBe(
      String(first.evaluation!.participants),
    );
    const shown = await page
      .getByTestId('follow-up-list')
      .locator('tbody tr')
      .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-testid')!.replace('follow-up-', '')));
    expect(shown.sort()).toEqual([...followUpIds].sort());
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshotBothWidths(browser, page, 'admin-evaluation');

    // Another agency's administrator sees their own trainees only, in the API and in the page.
    const mamuju = await signIn(browser.stack.gatewayUrl, 'admin.mamuju');
    const theirs = (await evaluationsAs(mamuju)).flatMap((training) =>
      (training.evaluation?.followUps ?? []).map((enrolment) => enrolment.id),
    );
    expect(theirs.filter((id) => followUpIds.includes(id))).toEqual([]);
    const other = await browser.newPage();
    await signInAs(other, 'admin.mamuju', '/admin/evaluation');
    await other.getByTestId('follow-up-list').waitFor();
    await expect.poll(() => other.getByTestId('evaluation-list').locator('tbody tr').count(), POLL).toBeGreaterThan(0);
    expect(await other.getByTestId(`follow-up-${followUpIds[0]}`).count()).toBe(0);
    // Two administrators, each paging through the catalog.
  }, 120_000);

  it('refuses the area to a manager, in the page and in the API', async () => {
    const page = await browser.newPage();
    const username = await signInAsFirst(page, 'MANAGER', '/admin/training');
    await page.getByTestId('admin-refused').waitFor();
    await page.goto('/admin/evaluation');
    await page.getByTestId('admin-refused').waitFor();
    const token = await signIn(browser.stack.gatewayUrl, username);
    const refused = await graphql(
      browser.stack.gatewayUrl,
      SET_BUDGET,
      { input: { unitId: unit.id, year: 2027, amount: 1 } },
      { token },
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await budgetOf(unit.id)).toBe(125_000_000);
  });

  it('refuses another agency’s administrator a budget for an Ambon unit', async () => {
    const token = await signIn(browser.stack.gatewayUrl, 'admin.mamuju');
    const refused = await graphql(
      browser.stack.gatewayUrl,
      SET_BUDGET,
      { input: { unitId: unit.id, year: 2027, amount: 1 } },
      { token },
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await budgetOf(unit.id)).toBe(125_000_000);
  });

  it('raised no errors in the browser console', () => {
    expect(browser.pageErrors).toEqual([]);
  });
});
