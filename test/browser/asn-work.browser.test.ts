// An ASN's work in the browser: lands on their own page, finds a session in the catalog and requests a seat, puts
// trainings into the plan of the year their session ends (kept across reloads), removes one, submits the plan and
// cancels the request; each outcome checked through the API as well, each page checked with axe and photographed
// at 1366 and 390 px.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { AdminFixtures } from '../support/admin-fixtures.js';
import { graphql } from '../support/graphql-client.js';
import { signIn, signInWithProfile } from '../support/sign-in.js';
import { checkAtBothWidths, seriousA11yViolations } from './axe.js';
import { signInAsFirst, startBrowserStack, type BrowserStack } from './browser-stack.js';
import { AMBON_TIME_ZONE, todayIn, yearIn } from '../support/local-date.js';

const NEXT_YEAR = yearIn(AMBON_TIME_ZONE) + 1;

const OWN_STATE = `query OwnState($id: ID!, $year: Int!) {
  employee(id: $id) {
    enrolments { id status session { id seatsLeft } }
    developmentPlan(year: $year) { status items { training { id title } session { id } } }
  }
}`;

interface OwnState {
  employee: {
    enrolments: { id: string; status: string; session: { id: string; seatsLeft: number } }[];
    developmentPlan: {
      status: string;
      items: { training: { id: string; title: string }; session: { id: string } | null }[];
    } | null;
  };
}

describe('an ASN requests seats and plans their development in the browser', () => {
  let browser: BrowserStack;
  let username: string;
  let employeeId: string;
  let agencyId: string;
  let token: string;
  let page: Page;
  let requestedSessionId: string;
  const ownState = async () => {
    const response = await graphql<OwnState>(
      browser.stack.gatewayUrl,
      OWN_STATE,
      { id: employeeId, year: NEXT_YEAR },
      { token },
    );
    expect(response.errors).toBeUndefined();
    return response.data!.employee;
  };
  const atBothWidths = (name: string, viewportOnly = false) => checkAtBothWidths(browser, page, name, viewportOnly);

  beforeAll(async () => {
    browser = await startBrowserStack();
    page = await browser.newPage();
    username = await signInAsFirst(page, 'ASN');
    token = await signIn(browser.stack.gatewayUrl, username);
    const session = (await page.evaluate("sessionStorage.getItem('asn.session')")) as string;
    ({ employeeId, agencyId } = (JSON.parse(session!) as { user: { employeeId: string; agencyId: string } }).user);
  });
  afterAll(() => browser?.stop());

  it('lands on their own page with JP of the year and no error', async () => {
    await page.goto('/');
    await page.waitForURL(new RegExp(`/employees/${employeeId}$`));
    await page.getByTestId('jp-progress').waitFor();
    await page.getByTestId('competency-levels').waitFor();
    expect(await page.getByTestId('error-alert').count()).toBe(0);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await atBothWidths('asn-home');
  });

  it('filters the catalog by delivery mode, kept in the URL', async () => {
    await page.getByRole('link', { name: 'Katalog pelatihan' }).click();
    await page.getByTestId('catalog').waitFor();
    await page.getByTestId('catalog-mode').selectOption('ONLINE');
    await page.waitForURL(/mode=ONLINE/);
    const modes = await page.locator('[data-testid^="session-"] td:nth-child(3)').allTextContents();
    expect(modes.length).toBeGreaterThan(0);
    expect(modes.every((text) => text.trim().startsWith('Daring'))).toBe(true);
    await page.reload();
    await expect(page.getByTestId('catalog-mode').inputValue()).resolves.toBe('ONLINE');
    await page.getByTestId('catalog-mode').selectOption('');
    await page.getByTestId('catalog-open').check();
    await page.waitForURL(/open=1/);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await atBothWidths('catalog', true);
  });

  it('requests a seat: the request is in the API, the seat counted, the row says so', async () => {
    const row = page.locator('[data-testid^="session-"]', { has: page.getByTestId('request-seat') }).first();
    const sessionId = (await row.getAttribute('data-testid'))!.replace('session-', '');
    requestedSessionId = sessionId;
    const seatsBefore = Number((await row.getByTestId('seats-left').textContent())!.match(/\d+/)![0]);
    await row.getByTestId('request-seat').click();
    await expect(page.getByTestId('catalog-notice').textContent()).resolves.toMatch(/terkirim ke atasan/);
    const seatsRow = page.getByTestId(`session-${sessionId}`);
    await seatsRow.getByText('Sudah diminta').waitFor();
    await expect(seatsRow.getByTestId('seats-left').textContent()).resolves.toContain(String(seatsBefore - 1));
    const live = (await ownState()).enrolments.find((e) => e.session.id === sessionId && e.status === 'REQUESTED');
    expect(live?.session.seatsLeft).toBe(seatsBefore - 1);
  });

  it('puts two sessions into the plan of the year they end; the plan survives a reload', async () => {
    const add = page.getByRole('button', { name: `Ke rencana ${NEXT_YEAR}` });
    await add.first().click();
    await page.getByTestId('catalog-notice').getByText(`rencana ${NEXT_YEAR}`).waitFor();
    await add.first().click();
    await expect.poll(async () => (await ownState()).developmentPlan?.items.length).toBe(2);
    await page.goto(`/my-training?year=${NEXT_YEAR}`);
    await page.reload();
    const items = page.getByTestId('plan-items').locator('tbody tr');
    await expect.poll(() => items.count()).toBe(2);
    await expect(page.getByTestId('plan-status').textContent()).resolves.toMatch(/Draf/);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await atBothWidths('my-training-plan');
  });

  it('removes one item and submits the plan to the manager', async () => {
    const [first] = (await ownState()).developmentPlan!.items;
    await page.getByRole('button', { name: `Hapus ${first!.training.title} dari rencana` }).click();
    await expect.poll(() => page.getByTestId('plan-items').locator('tbody tr').count()).toBe(1);
    await page.getByTestId('plan-submit').click();
    await page.getByTestId('plan-status').getByText('Menunggu atasan').waitFor();
    expect(await page.getByTestId('plan-remove').count()).toBe(0);
    const plan = (await ownState()).developmentPlan!;
    expect(plan.status).toBe('SUBMITTED');
    expect(plan.items.map((item) => item.training.id)).not.toContain(first!.training.id);
  });

  it('sees the request as waiting and cancels it', async () => {
    const enrolmentId = (await ownState()).enrolments.find(
      (e) => e.session.id === requestedSessionId && e.status === 'REQUESTED',
    )!.id;
    const row = page.getByTestId(`my-enrolment-${enrolmentId}`);
    await row.getByTestId('enrolment-status').getByText('Diajukan').waitFor();
    await row.getByTestId('cancel-enrolment').click();
    await page
      .getByTestId(`my-enrolment-${enrolmentId}`)
      .getByTestId('enrolment-status')
      .getByText('Dibatalkan')
      .waitFor();
    expect((await ownState()).enrolments.find((e) => e.id === enrolmentId)?.status).toBe('CANCELLED');
    await atBothWidths('my-training');
  });

  it('rates a training after attending it', async () => {
    // The ASN's manager approves another request and records attendance, through the API.
    const demo = await graphql<{ demoUsers: { username: string; role: string }[] }>(
      browser.stack.gatewayUrl,
      'query { demoUsers { username role } }',
    );
    let managerToken = '';
    for (const { username: candidate } of demo.data!.demoUsers.filter((user) => user.role === 'MANAGER')) {
      const signed = await signInWithProfile(browser.stack.gatewayUrl, candidate);
      if (signed.user.employeeIds.includes(employeeId)) managerToken = signed.token;
      if (managerToken) break;
    }
    expect(managerToken).not.toBe('');
    // Attendance is only taken once a session has started: the ASN's administrator holds a one-day session today
    // (the agency's local date), which takes requests until the end of the day.
    const agencies = await graphql<{ agencies: { id: string; timeZone: string }[] }>(
      browser.stack.gatewayUrl,
      'query { agencies { id timeZone } }',
    );
    const zone = agencies.data!.agencies.find((agency) => agency.id === agencyId)!.timeZone;
    const today = todayIn(zone);
    const adminToken = await signIn(browser.stack.gatewayUrl, `admin.${username.split('.')[1]}`);
    const sessionId = await new AdminFixtures(browser.stack.gatewayUrl, adminToken).session(100, today);
    const decide = async (mutation: string, input: Record<string, unknown>, asToken: string) => {
      const result = await graphql<Record<string, { id: string }>>(
        browser.stack.gatewayUrl,
        `mutation ($input: ${mutation === 'requestEnrolment' ? 'RequestEnrolmentInput' : 'EnrolmentDecisionInput'}!) { ${mutation}(input: $input) { id } }`,
        { input },
        { token: asToken },
      );
      expect(result.errors).toBeUndefined();
      return result.data![mutation]!.id;
    };
    const enrolmentId = await decide('requestEnrolment', { employeeId, sessionId }, token);
    await decide('approveEnrolment', { enrolmentId }, managerToken);
    await decide('recordAttendance', { enrolmentId }, managerToken);

    await page.reload();
    const row = page.getByTestId(`my-enrolment-${enrolmentId}`);
    const form = row.getByTestId('reaction-form');
    await form.getByLabel(/^Nilai/).selectOption('4');
    await form.getByLabel(/^Komentar/).fill('Materi relevan dengan tugas.');
    await form.getByRole('button', { name: 'Kirim penilaian' }).click();
    await row.getByTestId('my-rating').getByText('Penilaian Anda: 4/5').waitFor();
    const rated = await graphql<{ enrolment: { reactionRating: number; reactionComment: string } }>(
      browser.stack.gatewayUrl,
      'query ($id: ID!) { enrolment(id: $id) { reactionRating reactionComment } }',
      { id: enrolmentId },
      { token },
    );
    expect(rated.data?.enrolment).toEqual({ reactionRating: 4, reactionComment: 'Materi relevan dengan tugas.' });
  });

  it('reads in English', async () => {
    await page.getByTestId('language-switch').selectOption('en');
    await page.getByRole('heading', { level: 1, name: 'My training & plan' }).waitFor();
    await page.getByTestId('plan-status').getByText('Waiting for the manager').waitFor();
    await page.getByTestId('language-switch').selectOption('id');
  });

  it('raised no errors in the browser console', () => {
    expect(browser.pageErrors).toEqual([]);
  });
});
