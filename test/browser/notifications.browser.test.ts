// Notifications in the browser on 1 December 2026, from the demo data: a manager finds the requests waiting for
// them and follows one to the inbox; an ASN opens their feed from the header's bell (decisions of their requests,
// the JP reminder swept on read), marks one read and then all, and the unread count, through the API too, falls to
// nothing. Checked with axe, photographed at both widths.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { graphql } from '../support/graphql-client.js';
import { signInWithProfile } from '../support/sign-in.js';
import { checkAtBothWidths, seriousA11yViolations } from './axe.js';
import { signInAs, startBrowserStack, type BrowserStack } from './browser-stack.js';

const ASN = 'asn.ambon.1';
const MANAGER = 'kabid.aplikasi.ambon';
const UNREAD = `query ($id: ID!) {
  employee(id: $id) { trainingNotifications { unreadCount } certificationNotifications { unreadCount } }
}`;

describe('the notification feed', () => {
  let browser: BrowserStack;
  const tokens: Record<string, string> = {};
  const employees: Record<string, string> = {};

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
  });
  afterAll(() => browser?.stop());

  it('shows a manager the request waiting for them, leading to the inbox', async () => {
    const page = await openFeed(MANAGER);
    const waiting = page.locator('[data-testid^="notification-training-"]', { hasText: 'menunggu persetujuan' });
    expect(await waiting.count()).toBeGreaterThan(0);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await checkAtBothWidths(browser, page, 'notifications-manager', true);
    await waiting.first().getByRole('link', { name: 'Buka kotak masuk' }).click();
    await page.waitForURL(/\/inbox$/);
  });

  it('lets an ASN read their feed from the bell and mark one, then all, read', async () => {
    const before = await unread(ASN);
    expect(before, 'the demo decisions and reminders').toBeGreaterThan(1);
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
    expect(browser.pageErrors).toEqual([]);
  });
});
