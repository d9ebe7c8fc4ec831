// The administrator's console, organisation: add a unit under a parent, rename it, move it (the tree re-drawn, a
// move under its own sub-unit refused on the field), keep a unit's positions (add, edit, retire), add and remove a
// move of the career ladder drawn as a graph beside its list, save the agency settings in one form and run the
// reminders now; each checked through the API, refused for a manager and scoped away from another agency's
// administrator.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../support/graphql-client.js';
import { signIn, signInWithProfile } from '../support/sign-in.js';
import { POLL, screenshotBothWidths, seriousAxeViolations } from './admin-checks.js';
import { signInAs, signInAsFirst, startBrowserStack, type BrowserStack } from './browser-stack.js';

const UNITS = `query ($agencyId: ID!) { units(agencyId: $agencyId) { id name depth parent { id } } }`;
const POSITIONS = `query ($unitId: ID!) { positions(unitId: $unitId, includeRetired: true) {
  id name kind functionalLevel minGolongan minPppkGrade minPppkGradeIsDefault retiredOn } }`;
const LADDER = `query ($agencyId: ID!) { careerLadder(agencyId: $agencyId) { id kind fromPosition { id } toPosition { id } } }`;
const AGENCY_POSITIONS = `query ($agencyId: ID!) { positions(agencyId: $agencyId) { id name kind functionalLevel retiredOn } }`;
const SETTINGS = `query ($agencyId: ID!) { agency(id: $agencyId) { timeZone potentialTinggiFrom mentorMenteeLimit
  expiringWithinDays jpSettings { jpTarget pppkJpCap postTestPassScore } } }`;
const UPDATE_SETTINGS = `mutation ($input: AgencySettingsInput!) { updateAgencySettings(input: $input) { id } }`;
const RENAME = `mutation ($input: RenameUnitInput!) { renameUnit(input: $input) { id } }`;
const EMPLOYEE_COUNT = `query { employees(first: 1) { totalCount } }`;

type UnitRow = { id: string; name: string; depth: number; parent: { id: string } | null };
type PositionRow = { id: string; name: string; kind: string; functionalLevel: string | null; retiredOn: string | null };

describe('administrator console: organisation', () => {
  let browser: BrowserStack;
  let adminToken: string;
  let agencyId: string;
  beforeAll(async () => {
    browser = await startBrowserStack();
    const admin = await signInWithProfile(browser.stack.gatewayUrl, 'admin.ambon');
    adminToken = admin.token;
    agencyId = (admin.user as unknown as { agencyId: string }).agencyId;
  });
  afterAll(() => browser?.stop());
  // Each workflow is many round trips; on a loaded machine one takes well over the default minute.

  const api = async <T>(query: string, variables: Record<string, unknown>) =>
    (await graphql(browser.stack.gatewayUrl, query, variables, { token: adminToken })).data as T;
  const units = async () => (await api<{ units: UnitRow[] }>(UNITS, { agencyId })).units;
  const positionsOf = async (unitId: string) =>
    (await api<{ positions: PositionRow[] }>(POSITIONS, { unitId })).positions;

  it('adds a unit under a parent, renames it, moves it, and refuses a move under its own sub-unit', async () => {
    const before = await units();
    const root = before.find((unit) => unit.depth === 0)!;
    const [first, second] = before.filter((unit) => unit.depth === 1);
    const page = await browser.newPage();
    await signInAs(page, 'admin.ambon', '/admin/organisation');
    await page.getByTestId(`unit-${first!.id}`).click();
    await page.locator('#unit-child-name').fill('Subbagian Uji Organisasi');
    await page.getByTestId('unit-add').click();
    await expect.poll(() => page.getByTestId('unit-done').textContent(), POLL).toContain('ditambahkan');
    const added = (await units()).find((unit) => unit.name === 'Subbagian Uji Organisasi')!;
    expect(added.parent?.id).toBe(first!.id);
    expect(added.depth).toBe(2);

    await page.getByTestId(`unit-${added.id}`).click();
    await page.locator('#unit-name').fill('Subbagian Tata Organisasi');
    await page.getByRole('button', { name: 'Ganti nama' }).click();
    await expect
      .poll(async () => (await units()).find((unit) => unit.id === added.id)!.name, POLL)
      .toBe('Subbagian Tata Organisasi');
    await expect.poll(() => page.getByTestId(`unit-${added.id}`).textContent(), POLL).toContain('Tata Organisasi');

    await page.locator('#unit-parent').selectOption(second!.id);
    await page.getByTestId('unit-move').click();
    await expect.poll(() => page.getByTestId('unit-done').textContent(), POLL).toContain('dipindahkan');
    expect((await units()).find((unit) => unit.id === added.id)!.parent?.id).toBe(second!.id);
    // Re-drawn: in tree order the moved unit now follows its new parent, not its old one.
    const order = await page
      .getByTestId('unit-tree')
      .locator('li button')
      .evaluateAll((buttons) => buttons.map((button) => button.getAttribute('data-testid')));
    const at = (id: string) => order.indexOf(`unit-${id}`);
    expect(at(added.id)).toBeGreaterThan(at(second!.id));
    expect(at(added.id) < at(first!.id) || at(added.id) > at(second!.id)).toBe(true);

    // The parent cannot go under its own sub-unit: the refusal shows on the parent field, nothing moves.
    await page.getByTestId(`unit-${second!.id}`).click();
    await page.locator('#unit-parent').selectOption(added.id);
    await page.getByTestId('unit-move').click();
    await expect.poll(() => page.getByTestId('unit-parent-error').textContent(), POLL).toContain('sub-unit');
    expect(await page.locator('#unit-parent').getAttribute('aria-invalid')).toBe('true');
    expect((await units()).find((unit) => unit.id === second!.id)!.parent?.id).toBe(root.id);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshotBothWidths(browser, page, 'admin-organisation-units');
  }, 180_000);

  it('adds, edits and retires a position of a unit', async () => {
    const unit = (await units()).find((candidate) => candidate.name === 'Subbagian Tata Organisasi')!;
    const page = await browser.newPage();
    await signInAs(page, 'admin.ambon', '/admin/organisation');
    await page.getByTestId(`unit-${unit.id}`).click({ timeout: 60_000 });
    await page.getByTestId('position-list').getByText('Unit ini belum memiliki jabatan.').waitFor();
    await page.locator('#position-name').fill('Analis Organisasi');
    await page.locator('#position-kind').selectOption('FUNGSIONAL');
    await page.locator('#position-level').selectOption('AHLI_MUDA');
    await page.locator('#position-golongan').selectOption('III_C');
    await page.getByTestId('position-save').click();
    await expect.poll(() => page.getByTestId('position-done').textContent(), POLL).toContain('disimpan');
    const [created] = await positionsOf(unit.id);
    expect(created).toMatchObject({
      name: 'Analis Organisasi',
      kind: 'FUNGSIONAL',
      functionalLevel: 'AHLI_MUDA',
      minGolongan: 'III_C',
      minPppkGrade: 11,
      minPppkGradeIsDefault: true,
      retiredOn: null,
    });

    const row = page.getByTestId(`position-${created!.id}`);
    await row.getByRole('button', { name: 'Ubah' }).click();
    // The PPPK minimum: empty shows the Ahli Muda default (XI); the administrator raises it to XII.
    expect(await page.locator('#position-pppk-grade-hint').textContent()).toContain('grade 11');
    await page.locator('#position-name').fill('Analis Kelembagaan');
    await page.locator('#position-pppk-grade').fill('12');
    await page.getByTestId('position-save').click();
    await expect
      .poll(async () => (await positionsOf(unit.id))[0], POLL)
      .toMatchObject({ name: 'Analis Kelembagaan', minPppkGrade: 12, minPppkGradeIsDefault: false });
    await expect.poll(() => row.getByTestId('position-pppk-grade').textContent(), POLL).toContain('12');

    page.once('dialog', (dialog) => void dialog.accept());
    await row.getByRole('button', { name: 'Nonaktifkan' }).click();
    await expect.poll(async () => (await positionsOf(unit.id))[0]!.retiredOn, POLL).not.toBeNull();
    await expect.poll(() => row.textContent(), POLL).toContain('nonaktif');
    expect(await row.getByRole('button').count()).toBe(0);
  }, 180_000);

  it('adds a move to the career ladder, draws it, and removes it', async () => {
    const ladder = async () =>
      (
        await api<{
          careerLadder: { id: string; kind: string; fromPosition: { id: string }; toPosition: { id: string } }[];
        }>(LADDER, { agencyId })
      ).careerLadder;
    const before = await ladder();
    const page = await browser.newPage();
    await signInAs(page, 'admin.ambon', '/admin/organisation');
    await expect.poll(() => page.getByTestId('ladder-moves').locator('li').count(), POLL).toBe(before.length);
    expect(await page.getByTestId('ladder-graph').locator('path[data-edge]').count()).toBe(before.length);
    expect(await page.getByTestId('ladder-graph').locator('svg').getAttribute('aria-hidden')).toBe('true');

    // A pengawas up to an administrator with no move between them yet: a vertical move (both structural).
    const open = (await api<{ positions: PositionRow[] }>(AGENCY_POSITIONS, { agencyId })).positions;
    const linked = (a: string, b: string) =>
      before.some((edge) => edge.fromPosition.id === a && edge.toPosition.id === b);
    const to = open.find((position) => position.kind === 'ADMINISTRATOR')!;
    const from = open.find((position) => position.kind === 'PENGAWAS' && !linked(position.id, to.id))!;
    await page.locator('#ladder-from').selectOption(from.id);
    await page.locator('#ladder-to').selectOption(from.id);
    await page.getByTestId('ladder-add').click();
    // A move to itself is refused on the target field.
    await expect.poll(() => page.getByTestId('ladder-to-error').count(), POLL).toBe(1);
    await page.locator('#ladder-to').selectOption(to.id);
    await page.getByTestId('ladder-add').click();
    await expect.poll(() => page.getByTestId('ladder-done').textContent(), POLL).toContain('ditambahkan');
    const added = (await ladder()).find((edge) => edge.fromPosition.id === from.id && edge.toPosition.id === to.id)!;
    expect(added.kind).toBe('VERTICAL');
    await page.locator(`path[data-edge="${added.id}"]`).waitFor({ state: 'attached' });
    expect(await page.getByTestId(`ladder-move-${added.id}`).textContent()).toContain(`${from.name} → ${to.name}`);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.getByTestId('career-ladder').scrollIntoViewIfNeeded();
    await screenshotBothWidths(browser, page, 'admin-organisation-ladder');
    // At 390 px the drawing keeps its size and scrolls sideways inside its frame.
    await page.setViewportSize({ width: 390, height: 844 });
    const frame = page.getByTestId('ladder-graph');
    expect(await frame.evaluate((element) => element.scrollWidth > element.clientWidth)).toBe(true);
    await page.setViewportSize({ width: 1366, height: 768 });

    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByTestId(`ladder-move-${added.id}`).getByRole('button', { name: 'Hapus' }).click();
    await expect.poll(async () => (await ladder()).some((edge) => edge.id === added.id), POLL).toBe(false);
    await expect.poll(() => page.locator(`path[data-edge="${added.id}"]`).count(), POLL).toBe(0);
  }, 180_000);

  it('saves the agency settings of three subgraphs in one form, a refused field shown beside it', async () => {
    const settings = async (id = agencyId) =>
      (await api<{ agency: Record<string, unknown> }>(SETTINGS, { agencyId: id })).agency;
    const before = await settings();
    const page = await browser.newPage();
    await signInAs(page, 'admin.ambon', '/admin/settings');
    const form = page.getByTestId('agency-settings');
    await form.waitFor();
    expect(await page.locator('#settings-timeZone').inputValue()).toBe(before.timeZone);
    await page.locator('#settings-mentorMenteeLimit').fill('4');
    await page.locator('#settings-jpTarget').fill('22');
    await page.locator('#settings-expiringWithinDays').fill('45');
    // Tinggi below menengah: the API refuses it on its field, and nothing of the form is written.
    await page.locator('#settings-potentialMenengahFrom').fill('70');
    await page.locator('#settings-potentialTinggiFrom').fill('65');
    await page.getByTestId('settings-save').click();
    await expect.poll(() => page.getByTestId('settings-potentialTinggiFrom-error').count(), POLL).toBe(1);
    expect(await page.locator('#settings-potentialTinggiFrom').getAttribute('aria-invalid')).toBe('true');
    expect(await settings()).toEqual(before);

    await page.locator('#settings-potentialTinggiFrom').fill('85');
    await page.getByTestId('settings-save').click();
    await expect.poll(() => page.getByTestId('settings-saved').count(), POLL).toBe(1);
    expect(await settings()).toEqual({
      ...before,
      potentialTinggiFrom: 85,
      mentorMenteeLimit: 4,
      expiringWithinDays: 45,
      jpSettings: { ...(before.jpSettings as object), jpTarget: 22 },
    });
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshotBothWidths(browser, page, 'admin-settings');

    // Mamuju's administrator sees and saves Mamuju's settings; Ambon's stay as Ambon left them.
    const ambon = await settings();
    const other = await browser.newPage();
    await signInAs(other, 'admin.mamuju', '/admin/settings');
    await expect.poll(() => other.locator('#settings-expiringWithinDays').inputValue(), POLL).toBe('60');
    await other.locator('#settings-mentorMenteeLimit').fill('2');
    await other.getByTestId('settings-save').click();
    await expect.poll(() => other.getByTestId('settings-saved').count(), POLL).toBe(1);
    expect(await settings()).toEqual(ambon);
  }, 180_000);

  it('runs the reminders now for the agency, shows what was written, and writes nothing the second time', async () => {
    const { employees } = await api<{ employees: { totalCount: number } }>(EMPLOYEE_COUNT, {});
    const page = await browser.newPage();
    await signInAs(page, 'admin.ambon', '/admin/settings');
    const done = page.getByTestId('reminders-done');
    const run = async () => {
      await page.getByTestId('reminders-run').click();
      await expect.poll(() => done.count(), { timeout: 60_000 }).toBe(1);
      const [, checked, written] = /(\d+) pegawai diperiksa, (\d+) pengingat baru/.exec((await done.textContent())!)!;
      return { checked: Number(checked), written: Number(written) };
    };
    const first = await run();
    expect(first.checked).toBe(employees.totalCount);
    await page.reload();
    expect(await run()).toEqual({ checked: employees.totalCount, written: 0 });
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshotBothWidths(browser, page, 'admin-settings-reminders');
  }, 180_000);

  it('refuses the area to a manager, in the page and in the API', async () => {
    const root = (await units()).find((unit) => unit.depth === 0)!;
    const page = await browser.newPage();
    const username = await signInAsFirst(page, 'MANAGER', '/admin/organisation');
    await page.getByTestId('admin-refused').waitFor();
    const token = await signIn(browser.stack.gatewayUrl, username);
    const refused = await graphql(
      browser.stack.gatewayUrl,
      RENAME,
      { input: { unitId: root.id, name: 'X' } },
      { token },
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    await page.goto('/admin/settings');
    await page.getByTestId('admin-refused').waitFor();
    const input = { jpmFormula: 'BKN', assessmentValidityYears: 3, potentialMenengahFrom: 60, potentialTinggiFrom: 80 };
    const settings = await graphql(browser.stack.gatewayUrl, UPDATE_SETTINGS, { input }, { token });
    expect(settings.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  }, 180_000);

  it('shows another agency’s administrator only their own tree, and the API refuses Ambon’s units', async () => {
    const ambon = await units();
    const page = await browser.newPage();
    await signInAs(page, 'admin.mamuju', '/admin/organisation');
    const tree = page.getByTestId('unit-tree').locator('li');
    await expect.poll(() => tree.count(), POLL).toBeGreaterThan(1);
    const shown = await tree
      .locator('button')
      .evaluateAll((buttons) => buttons.map((b) => b.getAttribute('data-testid')));
    expect(shown.filter((id) => ambon.some((unit) => id === `unit-${unit.id}`))).toEqual([]);
    const token = await signIn(browser.stack.gatewayUrl, 'admin.mamuju');
    const refused = await graphql(
      browser.stack.gatewayUrl,
      RENAME,
      { input: { unitId: ambon[0]!.id, name: 'Diambil alih' } },
      { token },
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await units())[0]!.name).toBe(ambon[0]!.name);
  }, 180_000);

  it('raised no errors in the browser console', () => {
    expect(browser.pageErrors).toEqual([]);
  });
});
