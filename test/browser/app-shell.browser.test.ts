// The app loads from the gateway, sends a signed-out visitor to sign-in, offers the demo users by role, and after
// sign-in lists employees, opens an employee's page, and switches language.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkAtBothWidths, seriousA11yViolations } from './axe.js';
import { signInAs, startBrowserStack, type BrowserStack } from './browser-stack.js';

describe('web app shell', () => {
  let browser: BrowserStack;
  beforeAll(async () => {
    browser = await startBrowserStack();
  });
  afterAll(() => browser?.stop());

  it('sends a signed-out visitor to the sign-in page, which lists demo users by role in Indonesian and signs them in', async () => {
    const page = await browser.newPage();
    await page.goto('/employees');
    await page.waitForURL(/\/sign-in\?redirect=/);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Graf Kompetensi ASN');
    await page.locator('[data-testid^="demo-user-"]').first().waitFor();
    await expect(page.getByRole('heading', { level: 2, name: 'Atasan langsung' }).count()).resolves.toBe(1);
    await checkAtBothWidths(browser, page, 'sign-in');
    // Choosing a demo user signs in and goes on to the page the visitor asked for.
    await page.getByTestId('demo-user-admin.ambon').click();
    await page.waitForURL((url) => url.pathname === '/employees');
    await page.getByTestId('signed-in-user').waitFor();
    await page.getByTestId('employee-table').waitFor();
  });

  it('lists employees with grouped NIPs after an administrator signs in, and pages by cursor', async () => {
    const page = await browser.newPage();
    await signInAs(page, 'admin.ambon', '/employees');
    const rows = page.getByTestId('employee-table').locator('tbody tr');
    await rows.first().waitFor();
    const firstPage = await rows.count();
    expect(firstPage).toBeGreaterThan(5);
    await expect(rows.first().locator('.nip').textContent()).resolves.toMatch(/^\d{8} \d{6} [12] \d{3}$/);
    await checkAtBothWidths(browser, page, 'employee-list');
    await page.getByRole('button', { name: 'Muat lebih banyak' }).click();
    await expect.poll(() => rows.count()).toBeGreaterThan(firstPage);
  });

  it('narrows the list by a search and opens the employee page', async () => {
    const page = await browser.newPage();
    await signInAs(page, 'admin.ambon', '/employees');
    const rows = page.getByTestId('employee-table').locator('tbody tr');
    await rows.first().waitFor();
    const name = (await rows.nth(3).locator('a').textContent())!.trim();
    await page.getByTestId('employee-search').fill(name.split(',')[0]!);
    await expect.poll(() => rows.count()).toBeLessThan(5);
    await page.getByRole('link', { name }).click();
    await expect(page.getByTestId('employee-name').textContent()).resolves.toBe(name);
    await page.getByTestId('competency-levels').waitFor();
    await page.getByTestId('competency-levels').locator('tbody button').first().click();
    await page.getByTestId('competency-development').getByRole('heading', { level: 4 }).first().waitFor();
    await checkAtBothWidths(browser, page, 'employee-page');
    await expect(page.getByTestId('employee-jpm').textContent()).resolves.toMatch(
      /\d+,\d{2}\s+(Optimal|Cukup Optimal|Kurang Optimal)/,
    );
    await page.getByRole('link', { name: 'Rencanakan karier' }).click();
    await page.waitForURL(/\/career-planner\?employee=\d+/);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Perencanaan karier');
  });

  it('shows the interface in English after switching language', async () => {
    const page = await browser.newPage();
    await signInAs(page, 'admin.ambon');
    await page.getByTestId('language-switch').selectOption('en');
    await expect(page.getByRole('link', { name: 'Employees' }).count()).resolves.toBe(1);
    await browser.screenshot(page, 'employee-list-en');
  });

  it('keeps an administrator’s header on one line, the links that do not fit behind "Lainnya"', async () => {
    const page = await browser.newPage();
    await signInAs(page, 'admin.ambon');
    const nav = page.getByRole('navigation', { name: 'Navigasi utama' });
    const oneLine = async () => {
      const boxes = await nav
        .getByRole('link')
        .evaluateAll((links) =>
          links.filter((link) => link.offsetParent !== null).map((link) => link.getBoundingClientRect().top),
        );
      return new Set(boxes.map(Math.round)).size;
    };
    // 1366 px: every link on the header's one line.
    await page.setViewportSize({ width: 1366, height: 768 });
    await expect.poll(oneLine).toBe(1);
    const header = page.locator('.app-header');
    const tall = (await header.boundingBox())!.height;
    await browser.screenshot(page, 'header-admin-1366', { viewportOnly: true });
    // 900 px: still one line, the header no taller; the links that do not fit are behind "Lainnya".
    await page.setViewportSize({ width: 900, height: 768 });
    const more = page.getByTestId('nav-more');
    await more.waitFor();
    await expect.poll(oneLine).toBe(1);
    expect((await header.boundingBox())!.height).toBeLessThanOrEqual(tall);
    await expect(more.getAttribute('aria-expanded')).resolves.toBe('false');
    await more.click();
    await expect(more.getAttribute('aria-expanded')).resolves.toBe('true');
    const hidden = page.locator('#app-nav-more').getByRole('link');
    expect(await hidden.count()).toBeGreaterThan(0);
    await browser.screenshot(page, 'header-admin-900-more', { viewportOnly: true });
    expect(await seriousA11yViolations(page)).toEqual([]);
    const last = hidden.last();
    const label = (await last.textContent())!.trim();
    await last.click();
    await expect.poll(() => more.getAttribute('aria-expanded')).toBe('false');
    await expect(page.getByRole('heading', { level: 1 }).first().textContent()).resolves.toBeTruthy();
    expect(label.length).toBeGreaterThan(0);
    await page.setViewportSize({ width: 1366, height: 768 });
  });

  it('raised no errors in the browser console', () => {
    expect(browser.pageErrors).toEqual([]);
  });
});
