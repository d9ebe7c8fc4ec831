// A manager's inbox in the browser: the count in the header (and in the phone menu), a seat request of one of
// their people approved, that person's plan returned with a note (refused without one), resubmitted by the ASN who
// sees the note, then approved; each decision checked through the API, the page checked with axe at both widths.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { graphql } from '../support/graphql-client.js';
import { signInWithProfile } from '../support/sign-in.js';
import { checkAtBothWidths, seriousA11yViolations } from './axe.js';
import { followNavLink, signInAs, signInAsFirst, startBrowserStack, type BrowserStack } from './browser-stack.js';
import { AMBON_TIME_ZONE, yearIn } from '../support/local-date.js';

const NEXT_YEAR = yearIn(AMBON_TIME_ZONE) + 1;

type SignedIn = Awaited<ReturnType<typeof signInWithProfile>>;
const signInApi = signInWithProfile;

const STATE = `query State($id: ID!, $year: Int!) {
  employee(id: $id) {
    enrolments { id status }
    developmentPlan(year: $year) { id status managerNote }
  }
}`;

describe('a manager decides on requests and plans from the inbox', () => {
  let browser: BrowserStack;
  let manager: Page;
  let asnUsername: string;
  let asn: SignedIn;
  let enrolmentId: string;
  let planId: string;
  let managerUsername: string;
  let managerToken: string;

  const api = async <T>(query: string, variables: Record<string, unknown>, token = asn.token) => {
    const response = await graphql<T>(browser.stack.gatewayUrl, query, variables, { token });
    expect(response.errors).toBeUndefined();
    return response.data!;
  };
  const state = () =>
    api<{
      employee: {
        enrolments: { id: string; status: string }[];
        developmentPlan: { id: string; status: string; managerNote: string | null };
      };
    }>(STATE, { id: asn.user.employeeId, year: NEXT_YEAR }).then((data) => data.employee);

  beforeAll(async () => {
    browser = await startBrowserStack();
    manager = await browser.newPage();
    managerUsername = await signInAsFirst(manager, 'MANAGER');
    const { user: managerUser, token } = await signInApi(browser.stack.gatewayUrl, managerUsername);
    managerToken = token;
    // One of the manager's people among the demo ASN users.
    const demo = await graphql<{ demoUsers: { username: string; role: string }[] }>(
      browser.stack.gatewayUrl,
      'query { demoUsers { username role } }',
    );
    for (const { username } of demo.data!.demoUsers.filter((user) => user.role === 'ASN')) {
      const candidate = await signInApi(browser.stack.gatewayUrl, username);
      if (candidate.user.employeeId && managerUser.employeeIds.includes(candidate.user.employeeId)) {
        [asnUsername, asn] = [username, candidate];
        break;
      }
    }
    expect(asnUsername).toBeDefined();
    // The ASN asks for a seat and submits a plan for next year, through the API.
    const { sessions } = await api<{ sessions: { edges: { node: { id: string; training: { id: string } } }[] } }>(
      'query { sessions(first: 5, filter: { openOnly: true }) { edges { node { id training { id } } } } }',
      {},
    );
    const [session] = sessions.edges.map((edge) => edge.node);
    const requested = await api<{ requestEnrolment: { id: string } }>(
      'mutation ($input: RequestEnrolmentInput!) { requestEnrolment(input: $input) { id } }',
      { input: { employeeId: asn.user.employeeId, sessionId: session!.id } },
    );
    enrolmentId = requested.requestEnrolment.id;
    const planned = await api<{ addTrainingsToPlan: { id: string } }>(
      'mutation ($input: AddTrainingsToPlanInput!) { addTrainingsToPlan(input: $input) { id } }',
      {
        input: {
          employeeId: asn.user.employeeId,
          year: NEXT_YEAR,
          items: [{ trainingId: session!.training.id, sessionId: session!.id }],
        },
      },
    );
    planId = planned.addTrainingsToPlan.id;
    await api('mutation ($input: PlanDecisionInput!) { submitDevelopmentPlan(input: $input) { id } }', {
      input: { planId },
    });
  });
  afterAll(() => browser?.stop());

  it('shows how much waits, in the header and on the inbox page', async () => {
    await manager.reload();
    const count = manager.getByTestId('inbox-count');
    await count.waitFor();
    const waiting = Number((await count.locator('[aria-hidden="true"]').textContent())!.trim());
    await manager.getByRole('link', { name: /Kotak masuk/ }).click();
    await manager.waitForURL(/\/inbox$/);
    await manager.getByRole('heading', { level: 1, name: 'Kotak masuk' }).waitFor();
    await manager.getByTestId(`inbox-request-${enrolmentId}`).waitFor();
    await manager.getByTestId(`inbox-plan-${planId}`).waitFor();
    const kinds = ['request', 'plan', 'rating', 'follow-up', 'reassessment'];
    let listed = 0;
    for (const kind of kinds) listed += await manager.locator(`[data-testid^="inbox-${kind}-"]`).count();
    expect(listed).toBe(waiting);
    expect(await seriousA11yViolations(manager)).toEqual([]);
    await checkAtBothWidths(browser, manager, 'inbox', true);
  });

  it('folds the header into a menu at phone width, with the count', async () => {
    await manager.setViewportSize({ width: 390, height: 844 });
    const inboxLink = manager.getByRole('link', { name: /Kotak masuk/ });
    await expect(inboxLink.isVisible()).resolves.toBe(false);
    const toggle = manager.getByTestId('menu-toggle');
    await expect(toggle.getAttribute('aria-expanded')).resolves.toBe('false');
    await toggle.click();
    await expect(toggle.getAttribute('aria-expanded')).resolves.toBe('true');
    await inboxLink.waitFor();
    await browser.screenshot(manager, 'header-menu-390', { viewportOnly: true });
    expect(await seriousA11yViolations(manager)).toEqual([]);
    await toggle.click();
    await manager.setViewportSize({ width: 1366, height: 768 });
  });

  it('approves the seat request', async () => {
    const row = manager.getByTestId(`inbox-request-${enrolmentId}`);
    await row.getByTestId('approve-request').click();
    await manager.getByTestId('inbox-notice').getByText('disetujui').waitFor();
    await expect.poll(() => row.count()).toBe(0);
    expect((await state()).enrolments.find((e) => e.id === enrolmentId)?.status).toBe('APPROVED');
  });

  it('will not return a plan without a note, and returns it with one', async () => {
    const row = manager.getByTestId(`inbox-plan-${planId}`);
    await row.getByTestId('return-plan').click();
    await row.getByRole('alert').getByText('Tulis catatan').waitFor();
    expect((await state()).developmentPlan.status).toBe('SUBMITTED');
    await row.getByTestId('plan-note').fill('Tambahkan pelatihan teknis jabatan.');
    await row.getByTestId('return-plan').click();
    await expect.poll(() => row.count()).toBe(0);
    const plan = (await state()).developmentPlan;
    expect(plan).toMatchObject({ status: 'RETURNED', managerNote: 'Tambahkan pelatihan teknis jabatan.' });
  });

  it('the ASN sees the note and resubmits; the manager approves', async () => {
    const page = await browser.newPage();
    await signInAs(page, asnUsername, `/my-training?year=${NEXT_YEAR}`);
    await page.getByTestId('manager-note').getByText('Tambahkan pelatihan teknis jabatan.').waitFor();
    await page.getByTestId('plan-status').getByText('Dikembalikan').waitFor();
    await browser.screenshot(page, 'plan-returned');
    await page.getByRole('button', { name: 'Ajukan ulang' }).click();
    await page.getByTestId('plan-status').getByText('Menunggu atasan').waitFor();
    expect((await state()).developmentPlan.status).toBe('SUBMITTED');

    await manager.reload();
    const row = manager.getByTestId(`inbox-plan-${planId}`);
    await row.getByTestId('approve-plan').click();
    await expect.poll(() => row.count()).toBe(0);
    expect((await state()).developmentPlan.status).toBe('APPROVED');
    await page.reload();
    await page.getByTestId('plan-status').getByText('Disetujui').waitFor();
  });

  it('opens the employee list on the unit the manager heads, without an error', async () => {
    await manager.goto('/employees');
    const rows = manager.getByTestId('employee-table').locator('tbody tr');
    await rows.first().waitFor();
    expect(await manager.getByTestId('error-alert').count()).toBe(0);
    const chosen = await manager.locator('#employee-unit').inputValue();
    expect(chosen).not.toBe('');
    expect(await seriousA11yViolations(manager)).toEqual([]);
    await manager.goto('/inbox');
  });

  it('shows the team page: JP compliance as the API counts it, who is behind, needs and expiring certificates', async () => {
    await followNavLink(manager, 'Tim saya');
    const summary = manager.getByTestId('team-jp-summary');
    await summary.waitFor();
    const unitId = (await signInWithProfile(browser.stack.gatewayUrl, managerUsername)).user.unitIds[0];
    const { unit } = await api<{ unit: { jpCompliance: { members: number; atOrAbove: number } } }>(
      'query ($id: ID!, $year: Int!) { unit(id: $id) { jpCompliance(year: $year) { members atOrAbove } } }',
      { id: unitId, year: NEXT_YEAR - 1 },
      managerToken,
    );
    await expect(summary.textContent()).resolves.toContain(
      `${unit.jpCompliance.atOrAbove} dari ${unit.jpCompliance.members} pegawai`,
    );
    await manager.getByTestId('team-needs').waitFor();
    await manager.getByTestId('team-expiring').waitFor();
    expect(await manager.getByTestId('error-alert').count()).toBe(0);
    await checkAtBothWidths(browser, manager, 'team');
  });

  it('reads in English', async () => {
    await manager.goto('/inbox');
    await manager.getByTestId('language-switch').selectOption('en');
    await manager.getByRole('heading', { level: 1, name: 'Inbox' }).waitFor();
    await manager.getByRole('heading', { level: 2, name: /^Seat requests/ }).waitFor();
    await manager.getByTestId('language-switch').selectOption('id');
  });

  it('raised no errors in the browser console', () => {
    expect(browser.pageErrors).toEqual([]);
  });
});
