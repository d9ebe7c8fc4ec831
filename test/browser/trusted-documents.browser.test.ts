// The app against a gateway that runs only trusted documents (TRUSTED_DOCUMENTS_ONLY): every request the app makes
// is a hash from web/src/graphql/persisted-documents.json, the pages still work, and any other document is refused.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../support/graphql-client.js';
import { trustedDocuments, trustedQueryHash as hashOf } from '../support/trusted-documents.js';
import { signInAs, signInAsFirst, startBrowserStack, type BrowserStack } from './browser-stack.js';

describe('the web app on a gateway that accepts trusted documents only', () => {
  let browser: BrowserStack;
  /** Bodies of the GraphQL requests the pages sent. */
  const sent: Record<string, unknown>[] = [];
  beforeAll(async () => {
    browser = await startBrowserStack({ envOf: { gateway: { TRUSTED_DOCUMENTS_ONLY: 'true' } } });
  });
  afterAll(() => browser?.stop());

  async function newRecordedPage() {
    const page = await browser.newPage();
    page.on('request', (request) => {
      if (new URL(request.url()).pathname === '/graphql') sent.push(request.postDataJSON() as Record<string, unknown>);
    });
    return page;
  }

  it('refuses a document that is not in the manifest when no API key comes with it', async () => {
    const response = await graphql(browser.stack.gatewayUrl, 'query Anything { __typename }');
    expect(response.data ?? null).toBeNull();
    expect(response.errors?.[0]?.message).toBe('PersistedQueryOnly');
  });

  it('runs a stored document sent as its hash alone', async () => {
    const response = await fetch(`${browser.stack.gatewayUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        operationName: 'DemoUsers',
        variables: {},
        extensions: { persistedQuery: { version: 1, sha256Hash: hashOf('DemoUsers') } },
      }),
    });
    const body = (await response.json()) as { data?: { demoUsers: { username: string }[] }; errors?: unknown };
    expect(body.errors).toBeUndefined();
    expect(body.data?.demoUsers.length).toBeGreaterThan(0);
  });

  it('signs in and shows the employee list and an employee page', async () => {
    const page = await newRecordedPage();
    await signInAs(page, 'admin.ambon', '/employees');
    const rows = page.getByTestId('employee-table').locator('tbody tr');
    await rows.first().waitFor();
    await rows.first().locator('a').click();
    await page.getByTestId('competency-levels').waitFor();
    await browser.screenshot(page, 'trusted-employee-page');
  });

  it('shows a manager the team matrix and the talent 9-box', async () => {
    const page = await newRecordedPage();
    await signInAsFirst(page, 'MANAGER');
    await page.getByTestId('competency-matrix').waitFor();
    await page.getByTestId('matrix-column-INT').click();
    await page.getByTestId('competency-development').getByRole('heading', { level: 4 }).first().waitFor();
    await page.goto('/talent-grid');
    await page.getByTestId('talent-grid').waitFor();
    await browser.screenshot(page, 'trusted-talent-grid');
  });

  it('lets an ASN plan their career and add trainings to the plan (a mutation by hash)', async () => {
    const page = await newRecordedPage();
    await signInAsFirst(page, 'ASN', '/career-planner');
    await page.locator('[data-testid^="add-to-plan-"]').first().click();
    await page.getByTestId('development-plan').waitFor();
  });

  it('runs the administrator console: a position standard and a CSV preview (a dry-run mutation by hash)', async () => {
    const page = await newRecordedPage();
    await signInAs(page, 'admin.ambon', '/admin/competencies');
    const position = page.locator('#standard-position');
    await expect.poll(() => position.locator('option').count(), { timeout: 15_000 }).toBeGreaterThan(1);
    await position.selectOption({ index: 1 });
    await page.getByTestId('standard-grid').locator('tbody tr').first().waitFor();
    await page.goto('/admin/assessments');
    const csv = 'nip,competency_code,level,date\n199001012015011999,KS,3,2026-05-01';
    await page
      .getByTestId('assessment-import-file')
      .setInputFiles({ name: 'a.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.getByTestId('assessment-import-problems').waitFor();
  });

  it('sent every operation as a hash from the manifest, never as text', () => {
    expect(sent.length).toBeGreaterThan(3);
    for (const body of sent) {
      expect(body).not.toHaveProperty('query');
      const hash = (body.extensions as { persistedQuery?: { sha256Hash?: string } }).persistedQuery?.sha256Hash;
      expect(trustedDocuments).toHaveProperty([hash!]);
    }
  });

  it('raised no errors in the browser console', () => {
    expect(browser.pageErrors).toEqual([]);
  });
});
