// Notifications in the browser on 1 December 2026: an ASN asks for two seats, their manager finds the requests
// waiting in their feed and follows one to the inbox, where they approve both; an ASN opens their feed from the header's bell (decisions of their requests,
// the JP reminder and seats open for their gaps swept on read), marks one read and then all, and the unread count,
// through the API too, falls to nothing; a seats reminder leads to its session in the catalog. Checked with axe,
// photographed at both widths.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { graphql } from '../support/graphql-client.js';
import { signInWithProfile } from '../support/sign-in.js';
import { checkAtBothWidths, seriousA11yViolations } from './axe.js';
import { signInAs, startBrowserStack, type BrowserStack } from './browser-stack.js';

const ASN = 'asn.ambon.1';
const MANAGER = 'kabid.aplikasi.ambon';
const OPEN = `query { sessions(first: 2, filter: { openOnly: true }) { edges { node { id } } } }`;
const REQUEST = `mutation ($input: RequestEnrolmentInput!) { requestEnrolment(input: $input) { id } }`;
const WAITING = `query ($id: ID!) {
  employee(id: $id) { trainingNotifications { notifications { kind subjectId employeeId } } }
}`;
const SEATS = `query ($id: ID!) { employee(id: $id) { trainingNotifications { notifications { id kind subjectId } } } }`;
const UNREAD = `query ($id: ID!) {
  employee(id: $id) { trainingNotifications { unreadCount } certificationNotifications { unreadCount } }
}`;

describe('the notification feed', () => {
  let browser: BrowserStack;
  const tokens: Record<string, string> = {};
  const employees: Record<string, string> = {};
  const enrolments: string[] = [];

  const unread = async (username: string) => {
    const response = await graphql(
      browser.stack.gatewayUrl,
      UNREAD,
      { id: employees[username] },
      { token: tokens[username] },
    );
    expect(response.errors).toBeUndefined();
    const employee = response.data!.employee;
    return employee.trainingNotifications.unreadCount + employee.certificationNotifications.unreadCount;
  };
  async function openFeed(username: string): Promise<Page> {
    const page = await browser.newPage();
    await signInAs(page, username);
    await page.getByTestId('notification-bell').click();
    await page.waitForURL(/\/notifications$/);
    await page.getByRole('heading', { level: 1, name: 'Notifikasi' }).waitFor();
    await page.getByTestId('notification-list').waitFor();
    return page;
  }

  beforeAll(async () => {
    browser = await startBrowserStack({ env: { CLOCK_AT: '2026-12-01T03:00:00Z' } });
    for (const username of [ASN, MANAGER]) {
      const profile = await signInWithProfile(browser.stack.gatewayUrl, username);
      tokens[username] = profile.token;
      employees[username] = profile.user.employeeId!;
    }
    // The ASN asks for two seats: both requests wait in their manager's feed.
    const open = await graphql(browser.stack.gatewayUrl, OPEN, {}, { token: tokens[ASN] });
    for (const { node } of open.data!.sessions.edges as { node: { id: string } }[]) {
      const request = await graphql(
        browser.stack.gatewayUrl,
        REQUEST,
        { input: { employeeId: employees[ASN], sessionId: node.id } },
        { token: tokens[ASN] },
      );
      expect(request.errors).toBeUndefined();
      enrolments.push(request.data!.requestEnrolment.id);
    }
    expect(enrolments).toHaveLength(2);
  });
  afterAll(() => browser?.stop());

  it('shows a manager the requests waiting for them; one leads to the inbox, where they decide both', async () => {
    const page = await openFeed(MANAGER);
    const waiting = page.locator('[data-testid^="notification-training-"]', { hasText: 'menunggu persetujuan' });
    expect(await waiting.count()).toBeGreaterThanOrEqual(enrolments.length);
    // The same through the API: one waiting item per request, about the ASN.
    const feed = await graphql(
      browser.stack.gatewayUrl,
      WAITING,
      { id: employees[MANAGER] },
      { token: tokens[MANAGER] },
    );
    const items = feed.data!.employee.trainingNotifications.notifications as Record<string, string>[];
    for (const enrolmentId of enrolments) {
      expect(items).toContainEqual({ kind: 'APPROVAL_WAITING', subjectId: enrolmentId, employeeId: employees[ASN] });
    }
    expect(await seriousA11yViolations(page)).toEqual([]);
    await checkAtBothWidths(browser, page, 'notifications-manager', true);
    await waiting.first().getByRole('link', { name: 'Buka kotak masuk' }).click();
    await page.waitForURL(/\/inbox$/);
    for (const enrolmentId of enrolments) {
      const row = page.getByTestId(`inbox-request-${enrolmentId}`);
      await row.getByTestId('approve-request').click();
      await expect.poll(() => row.count(), { timeout: 20_000 }).toBe(0);
    }
  });

  it('lets an ASN read their feed from the bell and mark one, then all, read', async () => {
    const before = await unread(ASN);
    expect(before, 'the two approvals at least').toBeGreaterThanOrEqual(2);
    const page = await openFeed(ASN);
    const bell = page.getByTestId('notification-count');
    await expect(bell.textContent()).resolves.toContain(String(before));
    expect(await seriousA11yViolations(page)).toEqual([]);
    await checkAtBothWidths(browser, page, 'notifications-asn', true);

    await page.locator('[data-testid^="mark-read-"]').first().click();
    await page.getByRole('heading', { level: 2, name: `${before - 1} belum dibaca` }).waitFor();
    expect(await unread(ASN)).toBe(before - 1);

    await page.getByTestId('mark-all-read').click();
    await page.getByRole('heading', { level: 2, name: '0 belum dibaca' }).waitFor();
    expect(await unread(ASN)).toBe(0);
    await expect(page.getByTestId('notification-count').count()).resolves.toBe(0);
    await browser.screenshot(page, 'notifications-asn-read-1366', { viewportOnly: true });

    // A seats reminder (an open session of a training for one of their gaps) leads to the catalog, narrowed to the
    // training's open sessions, where that session takes a request.
    const feed = await graphql(browser.stack.gatewayUrl, SEATS, { id: employees[ASN] }, { token: tokens[ASN] });
    const items = feed.data!.employee.trainingNotifications.notifications as Record<string, string>[];
    const seats = items.find((item) => item.kind === 'SEATS_OPEN');
    expect(seats, 'the seed has open sessions for their gaps').toBeDefined();
    await page
      .locator(`[data-testid="notification-training-${seats!.id}"]`)
      .getByRole('link', { name: 'Minta kursi di katalog' })
      .click();
    await page.waitForURL(/\/catalog\?/);
    await page.getByTestId(`session-${seats!.subjectId}`).getByTestId('request-seat').waitFor();
    expect(browser.pageErrors).toEqual([]);
  });
});
