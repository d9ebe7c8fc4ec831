// The whole system for one browser test file, and Debian's chromium, which the files share: the gateway serves the
// built web app, each page starts as a new tab would (signed out, with no saved preferences), and screenshots land in
// test/artifacts/screenshots/ for a human to look at.
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '@asn/launcher/stack.mjs';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { onTestFinished } from 'vitest';
import { signInWithProfile } from '../support/sign-in.js';
import { trustedQueryHash } from '../support/trusted-documents.js';
import { startTestStack, type TestStack, type TestStackOptions } from '../support/start-stack.js';

// From the repository's root: this file also runs compiled, from test/dist/ (bench:matrix-paint).
const WEB_INDEX = join(ROOT, 'web/dist/index.html');
const SCREENSHOTS = join(ROOT, 'test/artifacts/screenshots/');
const CHROMIUM = '/usr/bin/chromium';

export interface BrowserStack {
  stack: TestStack;
  /** A new tab at laptop size, signed out and with no saved preferences; its console errors and page errors are
   *  collected, and a page opened in a test is closed when the test ends. */
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
 *  costs each file seconds of CPU. A chromium that has gone away is launched again. The worker's exit ends it. */
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

/** The gateway each context's pages talk to, for signing in without the sign-in page. */
const gatewayOf = new WeakMap<BrowserContext, string>();

/** A context whose pages open the app that `gatewayUrl` serves, at laptop size and in Indonesian; `signInAs` works
 *  on its pages. */
export async function newAppContext(browser: Browser, gatewayUrl: string): Promise<BrowserContext> {
  const context = await browser.newContext({
    baseURL: gatewayUrl,
    viewport: { width: 1366, height: 768 },
    locale: 'id-ID',
  });
  gatewayOf.set(context, gatewayUrl);
  return context;
}

export async function startBrowserStack(options: BrowserStackOptions = {}): Promise<BrowserStack> {
  if (!existsSync(WEB_INDEX)) throw new Error('web/dist is missing: run `npm run build -w web` first');
  mkdirSync(SCREENSHOTS, { recursive: true });
  const stack = await startTestStack({ database: 'sqlite', ...options });
  // One browser context per file, a tab per page: a context of its own cost each page about 3 CPU-seconds more
  // (measured: sign-in and first page 6.0 against 3.0). A tab's sessionStorage, which holds the session, is its own
  // anyway; localStorage (the language) is emptied when a tab first loads, as in a context of its own.
  let context: BrowserContext;
  try {
    context = await newAppContext(await sharedChromium(), stack.gatewayUrl);
  } catch (error) {
    await stack.stop();
    throw error;
  }
  const pageErrors: string[] = [];
  return {
    stack,
    pageErrors,
    async newPage() {
      const page = await context.newPage();
      await page.addInitScript({
        content: onFirstLoad('asn.test-tab', 'localStorage.clear()'),
      });
      page.on('pageerror', (error) => pageErrors.push(`pageerror: ${error.message}`));
      page.on('console', (message) => {
        if (message.type() === 'error') pageErrors.push(`console: ${message.text()}`);
      });
      endWithTest(page);
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
      await context.close().catch(() => undefined);
      await stack.stop();
    },
  };
}

/** Closes `page` when the test that opened it ends (a page opened in `beforeAll` lives as long as the file), after
 *  printing, if the test failed, where the page was, what it showed as an error and which of its requests failed: a
 *  CI log is all there is to read afterwards. */
function endWithTest(page: Page): void {
  const failedRequests: string[] = [];
  page.on('response', (response) => {
    if (response.status() >= 400)
      failedRequests.push(`${response.status()} ${response.request().method()} ${response.url()}`);
  });
  try {
    onTestFinished(async ({ task }) => {
      if (page.isClosed()) return;
      if (task.result?.state === 'fail') {
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
      }
      await page.close().catch(() => undefined);
    });
  } catch {
    // A page opened outside a test (beforeAll) has no test to end with.
  }
}

let signIns = 0;

/** Signs in as the first demo user of a role (the one the sign-in page lists first) and opens `path`; returns the
 *  username. The demo users are asked of the gateway as the sign-in page asks (by the trusted document's hash). */
export async function signInAsFirst(page: Page, role: 'MANAGER' | 'ASN', path = '/'): Promise<string> {
  const response = await fetch(`${gatewayOf.get(page.context())}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      operationName: 'DemoUsers',
      extensions: { persistedQuery: { version: 1, sha256Hash: trustedQueryHash('DemoUsers') } },
    }),
  });
  const { data } = (await response.json()) as {
    data?: { demoUsers: { username: string; role: string; agencyName: string }[] };
  };
  const users = data?.demoUsers ?? [];
  // The page shows one agency at a time, the first by default.
  const username = users.find((user) => user.role === role && user.agencyName === users[0]?.agencyName)?.username;
  if (!username) throw new Error(`no demo user of role ${role} (${response.status})`);
  await signInAs(page, username, path);
  return username;
}

/** Signs in as `username` and opens `path` (the role's home page by default). It asks the gateway's sign-in and keeps
 *  the answer in the tab's sessionStorage, as the sign-in page does (useSession.ts), without loading that page: going
 *  through it cost every test a page load and seconds of CPU. app-shell's first test signs in on the page. */
export async function signInAs(page: Page, username: string, path = '/'): Promise<void> {
  const gatewayUrl = gatewayOf.get(page.context());
  if (!gatewayUrl) throw new Error('signInAs needs a page of a context from newAppContext()');
  const { token, user } = await signInWithProfile(gatewayUrl, username);
  const session = {
    token,
    user: {
      username,
      displayName: user.displayName,
      role: user.role,
      agencyId: user.agencyId,
      employeeId: user.employeeId,
      unitIds: user.unitIds,
    },
  };
  // Once per sign-in (the marker stays in the tab), so a later sign-out or another sign-in is not undone by a reload.
  await page.addInitScript({
    content: onFirstLoad(
      `asn.test-sign-in.${++signIns}`,
      `sessionStorage.setItem('asn.session', ${JSON.stringify(JSON.stringify(session))})`,
    ),
  });
  await page.goto(path);
  await page.getByTestId('signed-in-user').waitFor();
}

/** A script for a tab's every document that runs `statement` on the first only: `marker` stays in the tab's
 *  sessionStorage. A string, run in the page: the tests compile without the DOM's types. */
function onFirstLoad(marker: string, statement: string): string {
  return `try {
    if (!sessionStorage.getItem(${JSON.stringify(marker)})) {
      sessionStorage.setItem(${JSON.stringify(marker)}, '1');
      ${statement};
    }
  } catch {
    // about:blank and other opaque origins have no storage.
  }`;
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
