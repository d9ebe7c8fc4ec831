// Degree study in the browser: an ASN applies for a master's degree on the page, their manager approves it, then the
// BKPSDM administrator grants it; the administrator records the graduation of a study under way, and the employee's
// education rises to the new level. Each step checked through the API, the pages checked with axe at both widths.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { graphql } from '../support/graphql-client.js';
import { signInWithProfile } from '../support/sign-in.js';
import { checkAtBothWidths, seriousA11yViolations } from './axe.js';
import { followNavLink, signInAs, startBrowserStack, type BrowserStack } from './browser-stack.js';

const ASN = 'asn.ambon.1';
const MANAGER = 'kabid.aplikasi.ambon';
const ADMIN = 'admin.ambon';
const STUDIES = `query { degreeStudies { id status level programme graduatedOn serviceBondEndsOn employee { id } } }`;
type Study = {
  id: string;
  status: string;
  level: string;
  programme: string;
  graduatedOn: string | null;
  serviceBondEndsOn: string | null;
  employee: { id: string };
};

describe('a degree study from application to graduation', () => {
  let browser: BrowserStack;
  let tokens: Record<string, string>;
  let studyId: string;

  const studiesAs = async (username: string) => {
    const response = await graphql<{ degreeStudies: Study[] }>(
      browser.stack.gatewayUrl,
      STUDIES,
      {},
      {
        token: tokens[username],
      },
    );
    expect(response.errors).toBeUndefined();
    return response.data!.degreeStudies;
  };
  async function openPage(username: string): Promise<Page> {
    const page = await browser.newPage();
    await signInAs(page, username);
    await followNavLink(page, 'Studi lanjut');
    await page.waitForURL(/\/degree-study$/);
    await page.getByRole('heading', { level: 1, name: 'Studi lanjut' }).waitFor();
    return page;
  }

  beforeAll(async () => {
    browser = await startBrowserStack();
    tokens = {};
    for (const username of [ASN, MANAGER, ADMIN]) {
      tokens[username] = (await signInWithProfile(browser.stack.gatewayUrl, username)).token;
    }
  });
  afterAll(() => browser?.stop());

  it('lets an ASN apply on the page; the application waits for the manager', async () => {
    const page = await openPage(ASN);
    const form = page.getByTestId('study-apply');
    await form.getByLabel('Jenis').selectOption('TUGAS_BELAJAR');
    await form.getByLabel('Jenjang').selectOption('S2');
    await form.getByLabel('Pembiayaan').selectOption('APBD');
    await form.getByLabel('Program studi').fill('Magister Sistem Informasi');
    await form.getByLabel('Perguruan tinggi').fill('Universitas Pattimura');
    await form.getByLabel('Mulai').fill('2027-02-01');
    await form.getByLabel('Perkiraan selesai').fill('2029-01-31');
    await form.getByRole('button', { name: 'Ajukan' }).click();
    await page.getByTestId('study-notice').waitFor();
    const mine = (await studiesAs(ASN)).find((study) => study.programme === 'Magister Sistem Informasi')!;
    expect(mine).toMatchObject({ status: 'PENDING_MANAGER', level: 'S2' });
    studyId = mine.id;
    const card = page.getByTestId(`study-${studyId}`);
    await expect(card.getByTestId('study-status').textContent()).resolves.toContain('Menunggu atasan');
    expect(await seriousA11yViolations(page)).toEqual([]);
    await checkAtBothWidths(browser, page, 'degree-study-asn');
  });

  it('has the manager approve it, then the administrator grant it', async () => {
    const manager = await openPage(MANAGER);
    await manager.getByTestId('studies-awaiting').getByTestId(`study-${studyId}-approve`).click();
    await manager.getByTestId('study-notice').waitFor();
    expect((await studiesAs(MANAGER)).find((study) => study.id === studyId)?.status).toBe('PENDING_ADMIN');

    const admin = await openPage(ADMIN);
    await admin.getByTestId(`study-${studyId}-approve`).click();
    await admin.getByTestId('study-notice').waitFor();
    expect((await studiesAs(ADMIN)).find((study) => study.id === studyId)?.status).toBe('APPROVED');
    await expect(admin.getByTestId(`study-${studyId}`).getByTestId('study-status').textContent()).resolves.toContain(
      'Sedang studi',
    );
  });

  it('records a graduation: the education history and the education the planner reads show the new level', async () => {
    const running = (await studiesAs(ADMIN)).find(
      (study) => study.status === 'APPROVED' && study.level === 'S2' && study.id !== studyId,
    )!;
    const education = async () => {
      const response = await graphql<{ employee: { education: string; educationHistory: { level: string }[] } }>(
        browser.stack.gatewayUrl,
        'query ($id: ID!) { employee(id: $id) { education educationHistory { level } } }',
        { id: running.employee.id },
        { token: tokens[ADMIN] },
      );
      expect(response.errors).toBeUndefined();
      return response.data!.employee;
    };
    expect((await education()).education).toBe('S1');
    const admin = await openPage(ADMIN);
    const card = admin.getByTestId(`study-${running.id}`);
    await card.getByLabel('Tanggal lulus').fill('2026-11-27');
    await card.getByTestId(`study-${running.id}-graduate`).click();
    await card.getByTestId('study-bond').waitFor();
    const graduated = (await studiesAs(ADMIN)).find((study) => study.id === running.id)!;
    // Studied from 1 Sep 2025 to 27 Nov 2026: 15 started months, a bond of 2 × 15 + 12 = 42 months.
    expect(graduated).toMatchObject({
      status: 'GRADUATED',
      graduatedOn: '2026-11-27',
      serviceBondEndsOn: '2030-05-27',
    });
    const after = await education();
    expect(after.education).toBe('S2');
    expect(after.educationHistory.map((entry) => entry.level)).toContain('S2');
    await checkAtBothWidths(browser, admin, 'degree-study-admin');
    expect(browser.pageErrors).toEqual([]);
  });
});
