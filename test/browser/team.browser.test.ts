// A manager's team views: the talent 9-box of the unit they head.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkAtBothWidths } from './axe.js';
import { signInAsFirst, startBrowserStack, type BrowserStack } from './browser-stack.js';

describe('team views for a manager', () => {
  let browser: BrowserStack;
  beforeAll(async () => {
    browser = await startBrowserStack();
  });
  afterAll(() => browser?.stop());

  it('shows the talent 9-box of the unit the manager heads, boxes numbered by the regulation', async () => {
    const page = await browser.newPage();
    await signInAsFirst(page, 'MANAGER', '/talent-grid');
    const grid = page.getByTestId('talent-grid');
    await grid.waitFor();
    const numbers = await grid.locator('.box__number').allTextContents();
    expect(numbers).toEqual(['6', '8', '9', '3', '5', '7', '1', '2', '4']);
    // The talent pool, as the API marks it: boxes 7, 8 and 9.
    const pool = await grid.locator('.box--pool .box__number').allTextContents();
    expect(pool.sort()).toEqual(['7', '8', '9']);
    const counted = await grid.locator('.box__people li').count();
    expect(counted).toBeGreaterThan(0);
    // People not placed yet (no predikat or potential) are listed apart, each linked; with the demo's complete
    // rating histories a unit may have none, and then the list is not shown at all.
    const unplaced = page.getByTestId('talent-unplaced');
    if ((await unplaced.count()) > 0) {
      await unplaced.locator('summary').click();
      expect(await unplaced.locator('li a').count()).toBeGreaterThan(0);
    }
    await checkAtBothWidths(browser, page, 'talent-grid');
  });

  it('shows only the unit’s own people when sub-units are switched off', async () => {
    const page = await browser.newPage();
    await signInAsFirst(page, 'MANAGER', '/talent-grid');
    const people = page.getByTestId('talent-grid').locator('.box__people li');
    await people.first().waitFor();
    const withSubUnits = await people.count();
    await page.getByTestId('talent-sub-units').uncheck();
    await expect.poll(() => people.count()).toBeLessThan(withSubUnits);
  });

  it('raised no errors in the browser console', () => {
    expect(browser.pageErrors).toEqual([]);
  });
});
