import type { Locator, Page } from 'playwright-core';
import { accessibilityViolations, expectTitle, launchBrowser, type Browser } from '../support/browser.js';
import { signInAsDemo } from '../support/demo.js';
import { startPortal, type Portal } from '../support/portal.js';

let portal: Portal;
let browser: Browser;
beforeAll(async () => {
  [portal, browser] = await Promise.all([startPortal(), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await portal?.stop();
});

/** The home page's basics once its lists have loaded: title, one main heading, no "coming next", no axe violations. */
async function checkHome(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelector('#main-content [role="status"]') === null, undefined, { timeout: 15_000 });
  await expectTitle(page, 'Home – Liaise');
  expect(await page.locator('h1').count()).toBe(1);
  expect(await page.getByText(/Coming next|not ready yet/).count()).toBe(0);
  expect(await accessibilityViolations(page)).toEqual([]);
}

/** Each row's header cell (the linked item) of a home page section's table. */
async function rowsOf(section: Locator): Promise<string[]> {
  return section.locator('tbody th').allTextContents();
}

/** A signed-in page for one demo person, on their home page. */
async function homeOf(email: string, withCode: boolean): Promise<Page> {
  const page = await browser.newPage();
  await signInAsDemo(page, portal.url, email, { withCode });
  return page;
}

describe('the home page says what needs each person now', () => {
  it("shows a force's officer the operations this week and the invitations partners have not answered", async () => {
    const page = await homeOf('liaison.officer@northshire.police.example', true);
    const thisWeek = page.getByTestId('home-this-week');
    await thisWeek.getByRole('heading', { name: 'Operations this week' }).waitFor();
    await thisWeek.getByRole('link', { name: 'NS-OP-2026-135' }).waitFor();
    const week = await rowsOf(thisWeek);
    // The demo's operations in 8 hours and in 4 days; not the cancelled one in 2 days, nor those 9 and 12 days ahead.
    expect(week).toEqual(expect.arrayContaining(['NS-OP-2026-133', 'NS-OP-2026-135']));
    for (const notThisWeek of ['NS-OP-2026-126', 'NS-OP-2026-138', 'NS-OP-2026-141', 'NS-OP-2026-071']) expect(week).not.toContain(notThisWeek);
    // Nor another force's operation.
    expect(week.some((reference) => reference.startsWith('WM-'))).toBe(false);

    const unanswered = page.getByTestId('home-unanswered');
    await unanswered.getByRole('heading', { name: 'Invitations waiting for a partner’s answer' }).waitFor();
    const row = unanswered.locator('tbody tr').filter({ hasText: 'NS-OP-2026-135' });
    expect(await unanswered.locator('tbody tr').count()).toBe(1);
    expect(await row.locator('td').first().textContent()).toBe('Harbour Lights Project');
    await checkHome(page);

    await row.getByRole('link', { name: 'NS-OP-2026-135' }).click();
    await page.waitForURL(/\/operations\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { level: 1, name: /NS-OP-2026-135/ }).waitFor();
    await page.close();
  });

  it("shows a force's manager the same for the force", async () => {
    const page = await homeOf('manager@northshire.police.example', true);
    await page.getByTestId('home-this-week').getByRole('link', { name: 'NS-OP-2026-133' }).waitFor();
    expect(await rowsOf(page.getByTestId('home-unanswered'))).toEqual(['NS-OP-2026-135']);
    await checkHome(page);
    await page.close();
  });

  it("shows a partner's outreach worker the invitation waiting for an answer and the operations they will attend", async () => {
    const page = await homeOf('outreach.worker@harbourlights.example', false);
    const awaiting = page.getByTestId('home-awaiting-answer');
    await awaiting.getByRole('heading', { name: 'Invitations waiting for your organisation’s answer' }).waitFor();
    await awaiting.getByRole('link', { name: /^Warrant on / }).waitFor();
    // Northshire's warrant in Port Allen PA1 is pending; Westmere's welfare visit was declined.
    expect(await awaiting.locator('tbody tr').count()).toBe(1);
    expect(await awaiting.locator('tbody tr td').allTextContents()).toEqual(expect.arrayContaining(['Northshire Police', 'Port Allen PA1']));

    const toAttend = page.getByTestId('home-to-attend');
    await toAttend.getByRole('heading', { name: 'Operations you will attend' }).waitFor();
    const attending = await toAttend.locator('tbody tr').allTextContents();
    // The welfare visit today or tomorrow and the premises visit under way, Sam Rivers named on each; not the completed warrant.
    expect(attending).toHaveLength(2);
    expect(attending.find((row) => row.includes('Kingsbridge KB2'))).toMatch(/^Welfare visit on .*Northshire Police.*Sam Rivers.*Partners notified$/);
    expect(attending.find((row) => row.includes('Port Allen PA2'))).toMatch(/^Premises visit on .*Northshire Police.*Sam Rivers.*In progress$/);
    await checkHome(page);

    await awaiting.getByRole('link', { name: /^Warrant on / }).click();
    await page.waitForURL(/\/invitations\/[0-9a-f-]{36}$/);
    await page.close();
  });

  it("shows a partner's manager the organisation's invitations and the operations it will attend", async () => {
    const page = await homeOf('manager@harbourlights.example', true);
    const toAttend = page.getByTestId('home-to-attend');
    await toAttend.getByRole('heading', { name: 'Operations your organisation will attend' }).waitFor();
    await toAttend.getByRole('link', { name: /^Welfare visit on / }).waitFor();
    expect(await toAttend.locator('tbody tr').count()).toBe(2);
    expect(await page.getByTestId('home-awaiting-answer').locator('tbody tr').count()).toBe(1);
    await checkHome(page);
    await page.close();
  });

  it('shows an administrator what they look after', async () => {
    const page = await homeOf('admin@northshire.police.example', true);
    const administration = page.getByTestId('home-administration');
    await administration.getByRole('heading', { name: 'What you look after' }).waitFor();
    expect(await administration.getByRole('link').allTextContents()).toEqual([
      'Manage your organisation’s people',
      'Record your people’s training',
      'Change your organisation’s details',
      'Manage partnerships',
      'Change the readiness checklist items',
      'Read the audit trail',
    ]);
    expect(await page.getByTestId('home-this-week').count()).toBe(0);
    await checkHome(page);
    await administration.getByRole('link', { name: 'Manage your organisation’s people' }).click();
    await page.waitForURL(`${portal.url}/people`);
    await page.close();
  });

  it('says so plainly when nothing is waiting', async () => {
    // Safe Passage has accepted Northshire's warrant and has no invitation waiting.
    const page = await homeOf('outreach.worker@safepassage.example', false);
    await page.getByTestId('home-awaiting-answer').getByText('No invitations are waiting for your organisation’s answer.').waitFor();
    await checkHome(page);
    await page.close();
  });
});
