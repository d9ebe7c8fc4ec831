// The whole system for one browser test file, and Debian's chromium, which the files share: the gateway serves the
// built web app, each test gets a fresh browser context (its own sessionStorage and localStorage), and screenshots
// land in test/artifacts/screenshots/ for a human to look at.
import { existsSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { onTestFailed } from 'vitest';
import { startTestStack, type TestStack, type TestStackOptions } from '../support/start-stack.js';

const WEB_INDEX = fileURLToPath(new URL('../../web/dist/index.html', import.meta.url));
const SCREENSHOTS = fileURLToPath(new URL('../artifacts/screenshots/', import.meta.url));
const CHROMIUM = '/usr/bin/chromium';

export interface BrowserStack {
  stack: TestStack;
  /** A page in a fresh context at laptop size; its console errors and page errors are collected. */
  newPage(): Promise<Page>;
  /** Errors the app printed or threw in any page so far (CSP violations included). */
  pageErrors: string[];
  /** The whole page (or only what the viewport shows, for long lists), or one element of it at full resolution. */
  screenshot(target: Page | Locator, name: string, options?: { viewportOnly?: boolean }): Promise<string>;
  stop(): Promise<void>;
}

/** Processes' extra environment, e.g. `{ gateway: { TRUSTED_DOCUMENTS_ONLY: 'true' } }`. */
export type BrowserStackOptions = Pick<TestStackOptions, 'env' | 'envOf'>;

/** The chromium the browser files share: they run one after another in one worker (vitest.config.mts), and a launch
 *  costs each file seconds of CPU. Each test still gets contexts of its own, which share nothing (storage, cache);
 *  a chromium that has gone away is launched again. The worker's exit ends it. */
let shared: Promise<Browser> | undefined;

function sharedChromium(): Promise<Browser> {
  shared ??= chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    // Playwright gives every launch a fresh temporary --user-data-dir of its own (it refuses one in args).
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  const launched = shared;
  return launched.then(
    (browser) => {
      if (browser.isConnected()) return browser;
      if (shared === launched) shared = undefined;
      return sharedChromium();
    },
    (error: unknown) => {
      if (shared === launched) shared = undefined;
      throw error;
    },
  );
}

export async function startBrowserStack(options: BrowserStackOptions = {}): Promise<BrowserStack> {
  if (!existsSync(WEB_INDEX)) throw new Error('web/dist is missing: run `npm run build -w web` first');
  mkdirSync(SCREENSHOTS, { recursive: true });
  const stack = await startTestStack({ database: 'sqlite', ...options });
  let browser: Browser;
  try {
    browser = await sharedChromium();
  } catch (error) {
    await stack.stop();
    throw error;
  }
  const contexts: BrowserContext[] = [];
  const pageErrors: string[] = [];
  return {
    stack,
    pageErrors,
    async newPage() {
      const context = await browser.newContext({
        baseURL: stack.gatewayUrl,
        viewport: { width: 1366, height: 768 },
        locale: 'id-ID',
      });
      contexts.push(context);
      const page = await context.newPage();
      page.on('pageerror', (error) => pageErrors.push(`pageerror: ${error.message}`));
      page.on('console', (message) => {
        if (message.type() === 'error') pageErrors.push(`console: ${message.text()}`);
      });
      reportOnFailure(page);
      return page;
    },
    async screenshot(target, name, options = {}) {
      const path = `${SCREENSHOTS}${name}.png`;
      await ('goto' in target
        ? target.screenshot({ path, fullPage: !options.viewportOnly })
        : target.screenshot({ path }));
      return path;
    },
    async stop() {
      await Promise.all(contexts.map((context) => context.close().catch(() => undefined)));
      await stack.stop();
    },
  };
}

/** When the test that opened `page` fails, prints where the page was, what it showed as an error and which of its
 *  requests failed: a CI log is all there is to read afterwards. */
function reportOnFailure(page: Page): void {
  const failedRequests: string[] = [];
  page.on('response', (response) => {
    if (response.status() >= 400)
      failedRequests.push(`${response.status()} ${response.request().method()} ${response.url()}`);
  });
  try {
    onTestFailed(async () => {
      if (page.isClosed()) return;
      const alerts = await page
        .locator('[role="alert"]')
        .allInnerTexts()
        .catch(() => []);
      console.error(
        [
          `page at ${page.url()}`,
          ...alerts.map((text) => `  alert: ${text}`),
          ...failedRequests.map((r) => `  ${r}`),
        ].join('\n'),
      );
    });
  } catch {
    // A page opened outside a test (beforeAll) has no test to report on.
  }
}

/** Signs in as the first demo user of a role (section heading in Indonesian) and returns their display name. */
export async function signInAsFirst(page: Page, roleHeading: string): Promise<string> {
  await page.goto('/sign-in');
  // The role's own group (the sign-in card around all groups is a section too).
  const section = page.locator('section[aria-labelledby^="role-"]', {
    has: page.getByRole('heading', { level: 2, name: roleHeading, exact: true }),
  });
  const button = section.locator('[data-testid^="demo-user-"]').first();
  await button.waitFor();
  const username = (await button.getAttribute('data-testid'))!.replace('demo-user-', '');
  await signInAs(page, username);
  return username;
}

/** Signs in through the sign-in page, as a user would, and waits for the first page after it. */
export async function signInAs(page: Page, username: string): Promise<void> {
  await page.goto('/sign-in');
  await page.locator('[data-testid^="demo-user-"]').first().waitFor();
  const demoUser = page.getByTestId(`demo-user-${username}`);
  if (await demoUser.count()) {
    await demoUser.click();
  } else {
    await page.getByLabel(/Nama pengguna|Username/).fill(username);
    await page.getByRole('button', { name: /^(Masuk|Sign in)$/ }).click();
  }
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
  await page.getByTestId('signed-in-user').waitFor();
}

/** Follows a header link, opening the "More" menu first when the link did not fit on the header's line. The header
 *  re-measures its links as counts arrive (the inbox's, the notifications'), which can move a link between the line
 *  and the menu or close the menu: so look again until the link is there to click. */
export async function followNavLink(page: Page, name: string): Promise<void> {
  const nav = page.getByRole('navigation', { name: /Navigasi utama|Main navigation/ });
  const link = nav.getByRole('link', { name, exact: true });
  const more = page.getByTestId('nav-more');
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      if (await link.isVisible()) return await link.click({ timeout: 2_000 });
      if ((await more.isVisible()) && (await more.getAttribute('aria-expanded')) !== 'true') {
        await more.click({ timeout: 2_000 });
      }
    } catch (error) {
      if (Date.now() > deadline) throw error;
    }
    if (Date.now() > deadline) throw new Error(`the header link "${name}" was not there to follow within 30 s`);
    await page.waitForTimeout(200);
  }
}
