// The administrator's console, competencies and standards: the dictionary with level descriptors, and a position's
// standard edited as a grid beside the regulation's default levels; refused for a manager and for another agency's
// administrator.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../support/graphql-client.js';
import { signIn } from '../support/sign-in.js';
import { POLL, screenshotBothWidths, seriousAxeViolations } from './admin-checks.js';
import { signInAs, signInAsFirst, startBrowserStack, type BrowserStack } from './browser-stack.js';

const POSITIONS = `query ($agencyId: ID!) { positions(agencyId: $agencyId, kind: JPT_PRATAMA) { id name } }`;
const STANDARD = `query ($id: ID!) { positionStandard(positionId: $id) { requiredLevel competency { code } } }`;
const SET = `mutation ($input: SetPositionStandardInput!) { setPositionStandard(input: $input) { id } }`;
const DICTIONARY = `query { competencies(includeRetired: true) { id code name retiredOn isEditable levels { descriptor } } }`;
const SAVE_COMPETENCY = `mutation ($input: CompetencyInput!) { saveCompetency(input: $input) { id } }`;

interface DictionaryEntry {
  id: string;
  code: string;
  name: string;
  retiredOn: string | null;
  isEditable: boolean;
  levels: { descriptor: string }[];
}

describe('administrator console: competencies and standards', () => {
  let browser: BrowserStack;
  let adminToken: string;
  let position: { id: string; name: string };
  beforeAll(async () => {
    browser = await startBrowserStack();
    // The sign-in answer names the user's agency, as the web app reads it.
    const response = await fetch(`${browser.stack.gatewayUrl}/auth/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'admin.ambon' }),
    });
    const body = (await response.json()) as { token: string; user: { agencyId: string } };
    adminToken = body.token;
    const agencyId = body.user.agencyId;
    const result = await graphql(browser.stack.gatewayUrl, POSITIONS, { agencyId }, { token: adminToken });
    position = result.data!.positions[0];
  });
  afterAll(() => browser?.stop());

  const standardOf = async (id: string) =>
    Object.fromEntries(
      (
        (await graphql(browser.stack.gatewayUrl, STANDARD, { id }, { token: adminToken })).data!.positionStandard as {
          requiredLevel: number;
          competency: { code: string };
        }[]
      ).map((item) => [item.competency.code, item.requiredLevel]),
    );

  it('shows the dictionary with the five level descriptors of a competency', async () => {
    const page = await browser.newPage();
    await signInAs(page, 'admin.ambon', '/admin/competencies');
    const integrity = page.getByTestId('dictionary-INT');
    await integrity.locator('summary').click();
    const levels = await integrity.locator('.levels li').allTextContents();
    expect(levels).toHaveLength(5);
    expect(levels[0]).toContain('Level 1');
  });

  it('adds, edits and retires the agency’s own competency; a taken code is refused on its field', async () => {
    const dictionary = async (token = adminToken) =>
      (await graphql(browser.stack.gatewayUrl, DICTIONARY, {}, { token })).data!.competencies as DictionaryEntry[];
    const page = await browser.newPage();
    await signInAs(page, 'admin.ambon', '/admin/competencies');
    await page.getByTestId('competency-new').click();
    const form = page.getByTestId('competency-form');
    await form.getByLabel('Kode').fill('INT');
    await form.getByLabel('Nama').fill('Pengelolaan Arsip Digital');
    await form.getByLabel('Definisi').fill('Mengelola arsip dinamis dan statis dalam bentuk digital.');
    for (const level of [1, 2, 3, 4, 5]) {
      await form.getByLabel(`Deskripsi level ${level}`).fill(`Mampu mengelola arsip digital pada tingkat ${level}.`);
    }
    await form.getByTestId('competency-save').click();
    await form.getByTestId('field-error-input.code').waitFor();
    expect((await dictionary()).filter((entry) => entry.name === 'Pengelolaan Arsip Digital')).toEqual([]);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshotBothWidths(browser, page, 'admin-competency-form');

    await form.getByLabel('Kode').fill('ARSIPDIG');
    await form.getByTestId('competency-save').click();
    await page.getByTestId('competency-notice').waitFor();
    const added = (await dictionary()).find((entry) => entry.code === 'ARSIPDIG')!;
    expect(added).toMatchObject({ name: 'Pengelolaan Arsip Digital', isEditable: true, retiredOn: null });
    expect(added.levels.map((level) => level.descriptor)[4]).toBe('Mampu mengelola arsip digital pada tingkat 5.');

    const entry = page.getByTestId('dictionary-ARSIPDIG');
    await entry.locator('summary').click();
    await entry.getByRole('button', { name: 'Ubah Pengelolaan Arsip Digital' }).click();
    await page.getByTestId('competency-form').getByLabel('Nama').fill('Pengelolaan Arsip Elektronik');
    await page.getByTestId('competency-save').click();
    await expect
      .poll(async () => (await dictionary()).find((row) => row.id === added.id)?.name, POLL)
      .toBe('Pengelolaan Arsip Elektronik');

    // National competencies are read-only here, and the API agrees.
    const integrity = page.getByTestId('dictionary-INT');
    await integrity.locator('summary').click();
    expect(await integrity.getByRole('button').count()).toBe(0);
    expect((await dictionary()).find((row) => row.code === 'INT')?.isEditable).toBe(false);

    // Another agency's administrator and a manager may not change it.
    const input = {
      id: added.id,
      code: 'ARSIPDIG',
      name: 'X',
      type: 'TECHNICAL',
      definition: 'X',
      levels: ['a', 'b', 'c', 'd', 'e'],
    };
    for (const username of ['admin.mamuju', 'kabid.aplikasi.ambon']) {
      const token = await signIn(browser.stack.gatewayUrl, username);
      const refused = await graphql(browser.stack.gatewayUrl, SAVE_COMPETENCY, { input }, { token });
      expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }

    page.once('dialog', (dialog) => void dialog.accept());
    await page
      .getByTestId('dictionary-ARSIPDIG')
      .getByRole('button', { name: 'Pensiunkan Pengelolaan Arsip Elektronik' })
      .click();
    await expect
      .poll(async () => (await dictionary()).find((row) => row.id === added.id)?.retiredOn ?? null, POLL)
      .not.toBeNull();
    await expect.poll(() => page.getByTestId('dictionary-ARSIPDIG').count(), POLL).toBe(0);
  });

  it('edits a position’s standard as a grid beside the regulation’s defaults and saves it', async () => {
    const page = await browser.newPage();
    await signInAs(page, 'admin.ambon', '/admin/competencies');
    await page.locator('#standard-position').selectOption(position.id);
    const before = await standardOf(position.id);
    const intRow = page.getByTestId('standard-row-INT');
    await intRow.waitFor();
    // JPT Pratama: the managerial default is 4.
    expect((await intRow.getByTestId('standard-default').textContent())!.trim()).toBe('4');
    expect(await intRow.locator(`input[value="${before.INT}"]`).isChecked()).toBe(true);
    await intRow.getByLabel('Level 5 untuk Integritas').check();
    expect(await intRow.textContent()).toContain('di atas bawaan');
    await page.getByTestId('standard-row-KS').getByRole('button', { name: 'Hapus Kerja Sama dari standar' }).click();
    const technical = await page
      .locator('#standard-add option')
      .evaluateAll((options) => options.map((option) => option.getAttribute('value') ?? '').filter(Boolean));
    await page.locator('#standard-add').selectOption(technical[technical.length - 1]!);
    await page.getByTestId('standard-add').click();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshotBothWidths(browser, page, 'admin-standard-grid');
    await page.getByTestId('standard-save').click();
    await page.getByTestId('standard-saved').waitFor();

    const after = await standardOf(position.id);
    expect(after.INT).toBe(5);
    expect(after).not.toHaveProperty('KS');
    expect(Object.keys(after)).toHaveLength(Object.keys(before).length);
  });

  it('speaks English on request: the console, the grid and the regulation defaults', async () => {
    const page = await browser.newPage();
    await signInAs(page, 'admin.ambon', '/admin/competencies');
    await page.getByTestId('language-switch').selectOption('en');
    await page.getByRole('heading', { level: 1, name: 'Competencies and standards' }).waitFor();
    await page.locator('#standard-position').selectOption(position.id);
    await page.getByRole('columnheader', { name: 'Regulation default' }).waitFor();
    expect(await page.getByTestId('admin-tabs-nav').textContent()).toContain('Assessments');
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  it('refuses the area to a manager, in the page and in the API', async () => {
    const page = await browser.newPage();
    const username = await signInAsFirst(page, 'MANAGER', '/admin/competencies');
    await page.getByTestId('admin-refused').waitFor();
    const token = await signIn(browser.stack.gatewayUrl, username);
    const refused = await graphql(
      browser.stack.gatewayUrl,
      SET,
      { input: { positionId: position.id, items: [] } },
      { token },
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('offers another agency’s administrator only their own positions, and the API refuses Ambon’s', async () => {
    const before = await standardOf(position.id);
    const page = await browser.newPage();
    await signInAs(page, 'admin.mamuju', '/admin/competencies');
    const options = page.locator('#standard-position option');
    await expect.poll(() => options.count(), POLL).toBeGreaterThan(1);
    expect(await options.evaluateAll((all) => all.map((option) => option.getAttribute('value') ?? ''))).not.toContain(
      position.id,
    );
    const token = await signIn(browser.stack.gatewayUrl, 'admin.mamuju');
    const refused = await graphql(
      browser.stack.gatewayUrl,
      SET,
      { input: { positionId: position.id, items: [] } },
      { token },
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await standardOf(position.id)).toEqual(before);
  });

  it('raised no errors in the browser console', () => {
    expect(browser.pageErrors).toEqual([]);
  });
});
