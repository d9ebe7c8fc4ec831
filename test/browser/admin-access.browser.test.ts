// The administrator's console, access: an API key created (shown once), used by an external system through the
// gateway, listed and revoked, after which the gateway refuses it; refused for a manager and another agency's
// administrator.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../support/graphql-client.js';
import { signIn } from '../support/sign-in.js';
import { POLL, screenshotBothWidths, seriousAxeViolations } from './admin-checks.js';
import { signInAs, startBrowserStack, type BrowserStack } from './browser-stack.js';

const KEYS = `query { apiKeys { id name scopes revokedAt } }`;
const EMPLOYEES = `query { employees(first: 1) { edges { node { id } } } }`;
const CREATE = `mutation ($input: CreateApiKeyInput!) { createApiKey(input: $input) { key } }`;
const REVOKE = `mutation ($input: RevokeApiKeyInput!) { revokeApiKey(input: $input) { id } }`;

interface KeyRow {
  id: string;
  name: string;
  scopes: string[];
  revokedAt: string | null;
}

describe('administrator console: API keys', () => {
  let browser: BrowserStack;
  let adminToken: string;
  const keysOf = async (token: string) =>
    (await graphql(browser.stack.gatewayUrl, KEYS, {}, { token })).data!.apiKeys as KeyRow[];
  beforeAll(async () => {
    browser = await startBrowserStack();
    adminToken = await signIn(browser.stack.gatewayUrl, 'admin.ambon');
  });
  afterAll(() => browser?.stop());

  it('creates a key shown once, which reads through the gateway until it is revoked', async () => {
    const page = await browser.newPage();
    await signInAs(page, 'admin.ambon', '/admin/access');
    const form = page.getByTestId('api-key-form');
    await form.locator('#api-key-name').fill('Sinkronisasi SIASN');
    await form.getByLabel('training:read').check();
    await page.getByTestId('api-key-create').click();
    const key = (await page.getByTestId('api-key-value').textContent())!.trim();
    expect(key.length).toBeGreaterThanOrEqual(32);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshotBothWidths(browser, page, 'admin-access');

    const row = (await keysOf(adminToken)).find((each) => each.name === 'Sinkronisasi SIASN')!;
    expect(row).toMatchObject({ scopes: ['personnel:read', 'training:read'], revokedAt: null });
    const read = await graphql(browser.stack.gatewayUrl, EMPLOYEES, {}, { apiKey: key });
    expect(read.errors).toBeUndefined();
    expect(read.data!.employees.edges).toHaveLength(1);
    // The key is never shown again: a reload lists it without its value.
    await page.reload();
    await page.getByTestId('api-key-list').getByText('Sinkronisasi SIASN').waitFor();
    expect(await page.getByTestId('api-key-value').count()).toBe(0);

    // The audit log names who created it, not only user:<id>.
    await page.goto('/admin/audit');
    const newest = page.locator('tbody tr').first();
    await expect.poll(() => newest.textContent(), POLL).toContain('Grace Wattimena');
    await page.goto('/admin/access');

    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: 'Cabut kunci Sinkronisasi SIASN' }).click();
    await page.getByTestId('api-key-revoked').waitFor();
    expect((await keysOf(adminToken)).find((each) => each.id === row.id)!.revokedAt).not.toBeNull();
    // The gateway trusts a verified key for a few seconds; after that the revoked key is refused.
    await expect
      .poll(
        async () => (await graphql(browser.stack.gatewayUrl, EMPLOYEES, {}, { apiKey: key })).data?.employees ?? null,
        POLL,
      )
      .toBeNull();
  });

  it('refuses the page and the API to a manager, and keeps another agency’s administrator away from Ambon’s keys', async () => {
    const created = await graphql(
      browser.stack.gatewayUrl,
      CREATE,
      { input: { name: 'Dasbor kota', scopes: ['personnel:read'] } },
      { token: adminToken },
    );
    expect(created.errors).toBeUndefined();
    const ambonKey = (await keysOf(adminToken)).find((each) => each.name === 'Dasbor kota')!;

    const page = await browser.newPage();
    await signInAs(page, 'kabid.aplikasi.ambon', '/admin/access');
    await page.getByTestId('admin-refused').waitFor();
    const managerToken = await signIn(browser.stack.gatewayUrl, 'kabid.aplikasi.ambon');
    const refused = await graphql(
      browser.stack.gatewayUrl,
      CREATE,
      { input: { name: 'Tidak boleh', scopes: ['personnel:read'] } },
      { token: managerToken },
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const mamujuToken = await signIn(browser.stack.gatewayUrl, 'admin.mamuju');
    expect((await keysOf(mamujuToken)).map((each) => each.id)).not.toContain(ambonKey.id);
    const revoke = await graphql(
      browser.stack.gatewayUrl,
      REVOKE,
      { input: { id: ambonKey.id } },
      { token: mamujuToken },
    );
    expect(revoke.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await keysOf(adminToken)).find((each) => each.id === ambonKey.id)!.revokedAt).toBeNull();
  });

  it('raised no errors in the browser console', () => {
    expect(browser.pageErrors).toEqual([]);
  });
});
