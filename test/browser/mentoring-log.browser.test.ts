// The mentoring log in the browser (docs/domain.md, "Mentorship"): the mentor (the Kepala Bidang Aplikasi Informatika
// of Kota Ambon, who mentors employee 14) reads the log, adds a meeting and ends the mentorship with its outcome, each
// checked through the API; the mentee reads the same log without the forms; the administrator opens it from the
// console. axe and screenshots at both widths.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../support/graphql-client.js';
import { signInWithProfile } from '../support/sign-in.js';
import { checkAtBothWidths } from './axe.js';
import { followNavLink, signInAs, startBrowserStack, type BrowserStack } from './browser-stack.js';

const MENTOR = 'kabid.aplikasi.ambon';
const MENTEE_USER = 'asn.ambon.1';
const MENTEE = '14';
const MENTORSHIPS = `query ($id: ID!) { employee(id: $id) { mentors { id endsOn outcome outcomeNote mentor { id }
  log { heldOn kind note } } } }`;

interface Mentorship {
  id: string;
  endsOn: string | null;
  outcome: string | null;
  outcomeNote: string | null;
  mentor: { id: string };
  log: { heldOn: string; kind: string; note: string }[];
}

describe('the mentoring log: the mentor adds to it and ends the mentorship with its outcome', () => {
  let browser: BrowserStack;
  let token: string;
  let mentorId: string;
  const running = async () => {
    const response = await graphql<{ employee: { mentors: Mentorship[] } }>(
      browser.stack.gatewayUrl,
      MENTORSHIPS,
      { id: MENTEE },
      { token },
    );
    expect(response.errors).toBeUndefined();
    return response.data!.employee.mentors.find((mentorship) => mentorship.mentor.id === mentorId)!;
  };

  beforeAll(async () => {
    browser = await startBrowserStack();
    const signedIn = await signInWithProfile(browser.stack.gatewayUrl, MENTOR);
    token = signedIn.token;
    mentorId = signedIn.user.employeeId!;
  });
  afterAll(() => browser?.stop());

  it('shows the mentee the log of their mentorship, without the forms', async () => {
    const page = await browser.newPage();
    await signInAs(page, MENTEE_USER);
    await followNavLink(page, 'Mentoring');
    const { id, log } = await running();
    const card = page.getByTestId(`mentorship-${id}`);
    await card.getByTestId('mentorship-log').waitFor();
    expect(await card.getByTestId('mentorship-log').locator('li').count()).toBe(log.length);
    await expect(card.getByTestId('mentorship-add').count()).resolves.toBe(0);
    await expect(card.getByTestId('mentorship-end').count()).resolves.toBe(0);
    await checkAtBothWidths(browser, page, 'mentoring-mentee');
  });

  it('lets the mentor add a meeting to the log, kept by the API', async () => {
    const before = await running();
    const page = await browser.newPage();
    await signInAs(page, MENTOR);
    await followNavLink(page, 'Mentoring');
    const card = page.getByTestId(`mentorship-${before.id}`);
    await card.getByTestId('mentorship-log').waitFor();
    await checkAtBothWidths(browser, page, 'mentoring-mentor');
    const note = 'Meninjau hasil uji coba rilis bersama mentee.';
    await card.getByLabel('Yang dibahas atau dicatat').fill(note);
    await card.getByRole('button', { name: 'Tambah ke log' }).click();
    await expect.poll(() => card.getByTestId('mentorship-log').locator('li').count()).toBe(before.log.length + 1);
    await expect(page.getByTestId('mentoring-notice').textContent()).resolves.toMatch(/Ditambahkan ke log/);
    const after = await running();
    expect(after.log).toHaveLength(before.log.length + 1);
    expect(after.log.at(-1)).toMatchObject({ kind: 'MEETING', note });
  });

  it('lets the mentor end the mentorship with its outcome, kept by the API', async () => {
    const { id } = await running();
    const page = await browser.newPage();
    await signInAs(page, MENTOR, '/mentoring');
    const card = page.getByTestId(`mentorship-${id}`);
    const end = card.getByTestId('mentorship-end');
    await end.waitFor();
    await end.getByRole('combobox', { name: /^Hasil/ }).selectOption('PARTLY_ACHIEVED');
    await end.getByLabel('Dasar penilaian hasil').fill('Mentee memimpin rilis, manajemen risiko masih dibimbing.');
    await end.getByRole('button', { name: 'Akhiri mentoring' }).click();
    await expect.poll(() => card.getByTestId('mentorship-status').textContent()).toMatch(/Selesai: Tercapai sebagian/);
    await expect(card.getByTestId('mentorship-add').count()).resolves.toBe(0);
    const ended = await running();
    expect(ended).toMatchObject({
      outcome: 'PARTLY_ACHIEVED',
      outcomeNote: 'Mentee memimpin rilis, manajemen risiko masih dibimbing.',
    });
    expect(ended.endsOn).not.toBeNull();
    await browser.screenshot(page, 'mentoring-ended');
  });

  it('lets the administrator open the mentee’s mentoring log from the console', async () => {
    const page = await browser.newPage();
    await signInAs(page, 'admin.ambon', `/mentoring?employee=${MENTEE}`);
    const { id } = await running();
    const status = page.getByTestId(`mentorship-${id}`).getByTestId('mentorship-status');
    await expect.poll(() => status.textContent()).toMatch(/Selesai: Tercapai sebagian/);
    await checkAtBothWidths(browser, page, 'mentoring-admin');
  });

  it('raised no errors in the browser console', () => {
    expect(browser.pageErrors).toEqual([]);
  });
});
