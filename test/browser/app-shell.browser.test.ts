// The app loads from the gateway, sends a signed-out visitor to sign-in, and after sign-in lists employees.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInAs, startBrowserStack, type BrowserStack } from './browser-stack.js';

describe('web app shell', () => {
  let browser: BrowserStack;
  beforeAll(async () => {
    browser = await startBrowserStack();
  });
  afterAll(() => browser?.stop());

  it('sends a signed-out visitor to the sign-in page, in Indonesian', async () => {
    const page = await browser.newPage();
    await page.goto('/employees');
    await page.waitForURL(/\/sign-in\?redirect=/);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Graf Kompetensi ASN');
    await browser.screenshot(page, 'sign-in');
  });

  it('lists employees with grouped NIPs after an administrator signs in', async () => {
    const page = await browser.newPage();
    await signInAs(page, 'admin.ambon');
    await page.goto('/employees');
    const rows = page.getByTestId('employee-table').locator('tbody tr');
    await rows.first().waitFor();
    expect(await rows.count()).toBeGreaterThan(5);
    await expect(rows.first().locator('.nip').textContent()).resolves.toMatch(/^\d{8} \d{6} [12] \d{3}$/);
    await browser.screenshot(page, 'employee-list');
  });

  it('shows the interface in English after switching language', async () => {
    const page = await browser.newPage();
    await signInAs(page, 'admin.ambon');
    await page.getByTestId('language-switch').selectOption('en');
    await expect(page.getByRole('link', { name: 'Employees' }).count()).resolves.toBe(1);
    await browser.screenshot(page, 'employee-list-en');
  });

  it('raised no errors in the browser console', () => {
    expect(browser.pageErrors).toEqual([]);
  });
});
