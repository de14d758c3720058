import type { Page } from 'playwright-core';
import { type Browser, checkPage, launchBrowser } from '../support/browser.js';
import { signInAsDemo } from '../support/demo.js';
import { startPortal, type Portal } from '../support/portal.js';

/**
 * What people found on the operation and invitation pages when they tried Liaise (issue 9), each walked
 * through in Chromium on the demo's operations (apps/api/src/demo/demo-operations.ts), axe on every page.
 */

const OFFICER = 'liaison.officer@northshire.police.example';
const HARBOUR_LIGHTS_WORKER = 'outreach.worker@harbourlights.example';

const demoOperation = (n: number) => `0e7a71c3-5d2e-4f10-9b6c-${String(n).padStart(12, '0')}`;
/** Harbour Lights is the demo's partner number 3. */
const harbourInvitation = (n: number) => `1a7e0c55-2b3d-4c4e-8f5a-${String(n * 100 + 3).padStart(12, '0')}`;
/** NS-OP-2026-141, a draft with 4 of its 10 checklist items answered and no invitations. */
const DRAFT = demoOperation(1);
/** NS-OP-2026-138, ready: partners not notified yet. */
const READY = demoOperation(2);
/** NS-OP-2026-135, partners notified: Harbour Lights yet to answer, Safe Passage accepted. */
const NOTIFIED = demoOperation(3);
/** NS-OP-2026-133, partners notified, Harbour Lights accepted naming Sam Rivers, starts in 8 hours (inside the disclosure window). */
const ACCEPTED_SOON = demoOperation(4);
/** NS-OP-2026-071, closed two months ago, Harbour Lights accepted and attended. */
const CLOSED = demoOperation(8);

let portal: Portal;
let officerBrowser: Browser;
let workerBrowser: Browser;
let officer: Page;
let worker: Page;

beforeAll(async () => {
  [portal, officerBrowser, workerBrowser] = await Promise.all([startPortal(), launchBrowser(), launchBrowser()]);
  [officer, worker] = await Promise.all([officerBrowser.newPage(), workerBrowser.newPage()]);
  await signInAsDemo(officer, portal.url, OFFICER, { withCode: true });
  await signInAsDemo(worker, portal.url, HARBOUR_LIGHTS_WORKER);
});
afterAll(async () => {
  await officerBrowser?.close();
  await workerBrowser?.close();
  await portal?.stop();
});

const successBanner = (page: Page) => page.locator('.govuk-notification-banner--success');
const errorSummary = (page: Page) => page.locator('.govuk-error-summary');

describe('check your answers', () => {
  it('shows the two partners chosen, and only them, after a reload or with junk added to the address', async () => {
    await officer.goto(`${portal.url}/operations/${READY}/edit/partners`);
    await officer.getByLabel('Harbour Lights Project').check();
    await officer.getByLabel('Safe Passage MSHT Service').check();
    await officer.getByRole('button', { name: 'Continue' }).click();
    await officer.waitForURL(/\/edit\/review\?/);

    const expectTheTwo = async () => {
      const partners = officer.getByTestId('review-partners');
      await partners.getByRole('term').filter({ hasText: 'Harbour Lights Project' }).waitFor();
      await partners.getByRole('term').filter({ hasText: 'Safe Passage MSHT Service' }).waitFor();
      expect((await partners.getByRole('term').allTextContents()).sort()).toEqual(['Harbour Lights Project', 'Safe Passage MSHT Service']);
      expect(await partners.getByRole('link', { name: /^Change/ }).count()).toBe(2);
      await checkPage(officer, 'Check your answers before notifying partners');
    };
    await expectTheTwo();
    await officer.reload();
    await expectTheTwo();
    const reviewUrl = officer.url();
    await officer.goto(`${reviewUrl}&partner=junk&partner=6f1c2a7e-0000-4000-8000-000000000000~2026-12-01T10:00:00.000Z&partner=~&partner=%7E%7E`);
    await expectTheTwo();
  });
});

describe('the readiness checklist', () => {
  it('refuses to move on with items unanswered, keeps what was entered when a save is refused, and saves for later', async () => {
    await officer.goto(`${portal.url}/operations/${DRAFT}/edit/checklist`);
    const progress = officer.getByTestId('checklist-progress');
    await progress.getByText('4 of 10 items answered').waitFor();
    await checkPage(officer, 'Readiness checklist');

    // Nothing more answered: the step says what is missing rather than moving on.
    await officer.getByRole('button', { name: 'Save and continue' }).click();
    await errorSummary(officer).getByRole('link', { name: 'Answer “Dignity”' }).waitFor();
    await errorSummary(officer).getByRole('link', { name: 'Answer “Part of a longer-term plan”' }).waitFor();
    expect(officer.url()).toBe(`${portal.url}/operations/${DRAFT}/edit/checklist`);
    await checkPage(officer, 'Error: Readiness checklist');

    // Three more met, one not met without its reason: refused, with the answers kept and counted.
    await officer.getByRole('group', { name: 'Dignity' }).getByLabel('Met', { exact: true }).check();
    await officer.getByRole('group', { name: 'Languages and identification' }).getByLabel('Met', { exact: true }).check();
    await officer.getByRole('group', { name: 'MSHT training' }).getByLabel('Met', { exact: true }).check();
    await officer.getByRole('group', { name: 'Outreach liaison' }).getByLabel('Not met', { exact: true }).check();
    await officer.getByRole('button', { name: 'Save and continue' }).click();
    await errorSummary(officer).getByRole('link', { name: 'Enter the reason for your answer to “Outreach liaison”' }).waitFor();
    await progress.getByText('7 of 10 items answered').waitFor();
    expect(await officer.getByRole('group', { name: 'Dignity' }).getByLabel('Met', { exact: true }).isChecked()).toBe(true);
    expect(await officer.getByRole('group', { name: 'Outreach liaison' }).getByLabel('Not met', { exact: true }).isChecked()).toBe(true);
    await officer.locator('.govuk-error-message', { hasText: 'Enter the reason for your answer to “Outreach liaison”' }).waitFor();
    await checkPage(officer, 'Error: Readiness checklist');

    // Saved for later: what is answered is kept, and the person goes back to the operation.
    await officer.getByRole('group', { name: 'Outreach liaison' }).getByLabel('Reason').fill('The local project is being contacted this week.');
    await progress.getByText('8 of 10 items answered').waitFor();
    await officer.getByRole('button', { name: 'Save and come back later' }).click();
    await officer.waitForURL(`${portal.url}/operations/${DRAFT}`);
    await successBanner(officer).getByText('Your checklist answers have been saved.').waitFor();
    await officer.getByTestId('checklist').getByText('Not met').first().waitFor();
    await checkPage(officer, 'Operation NS-OP-2026-141');
  });
});

describe('cancelling an operation', () => {
  it('says partners were told only when some were', async () => {
    await officer.goto(`${portal.url}/operations/${DRAFT}/action/cancel`);
    await officer.getByLabel('Why is the operation being cancelled?').fill('The premises closed before the visit.');
    expect(await officer.locator('main').textContent()).not.toContain('partner');
    await checkPage(officer, 'Cancel the operation');
    await officer.getByRole('button', { name: 'Cancel the operation' }).click();
    await officer.waitForURL(`${portal.url}/operations/${DRAFT}`);
    await expect(successBanner(officer).locator('.govuk-notification-banner__heading').textContent()).resolves.toBe('The operation is cancelled.');
    await checkPage(officer, 'Operation NS-OP-2026-141');

    await officer.goto(`${portal.url}/operations/${NOTIFIED}/action/cancel`);
    await officer.getByLabel('Why is the operation being cancelled?').fill('Intelligence changed.');
    await officer.getByRole('button', { name: 'Cancel the operation' }).click();
    await officer.waitForURL(`${portal.url}/operations/${NOTIFIED}`);
    await expect(successBanner(officer).locator('.govuk-notification-banner__heading').textContent()).resolves.toBe(
      'The operation is cancelled. Harbour Lights Project and Safe Passage MSHT Service have been told.',
    );
    await checkPage(officer, 'Operation NS-OP-2026-135');
  });
});

describe('offering only what can be done', () => {
  it('offers the force no withdrawal of an invitation to a closed operation', async () => {
    await officer.goto(`${portal.url}/operations/${ACCEPTED_SOON}`);
    await officer.getByTestId('invitations').getByRole('row', { name: /Harbour Lights Project/ }).getByRole('link', { name: /Withdraw/ }).waitFor();

    await officer.goto(`${portal.url}/operations/${CLOSED}`);
    const row = officer.getByTestId('invitations').getByRole('row', { name: /Harbour Lights Project/ });
    await row.getByText('Accepted').waitFor();
    expect(await row.getByRole('link').count()).toBe(0);
    await checkPage(officer, 'Operation NS-OP-2026-071');
    await officer.goto(`${portal.url}/operations/${CLOSED}/invitations/${harbourInvitation(8)}/withdraw`);
    await officer.getByText('This invitation cannot be withdrawn now.').waitFor();
    await checkPage(officer, 'Withdraw an invitation');
  });

  it('offers the partner no withdrawal of its acceptance once the operation has started, and shows it the operation’s state', async () => {
    // NS-OP-2026-133, not started yet: the acceptance may still be withdrawn.
    await worker.goto(`${portal.url}/invitations/${harbourInvitation(4)}`);
    await worker.getByRole('link', { name: 'Withdraw your acceptance' }).waitFor();
    await expect(worker.getByTestId('operation-state').textContent()).resolves.toBe('Planned');

    // NS-OP-2026-129, in progress: Harbour Lights accepted, naming Sam Rivers.
    await worker.goto(`${portal.url}/invitations/${harbourInvitation(5)}`);
    await expect(worker.getByTestId('operation-state').textContent()).resolves.toBe('In progress');
    await worker.getByTestId('exact-details').getByText('Addresses').waitFor();
    await worker.getByText('The operation has started, so your acceptance can no longer be withdrawn here.', { exact: false }).waitFor();
    expect(await worker.getByRole('link', { name: 'Withdraw your acceptance' }).count()).toBe(0);
    await checkPage(worker, (await worker.locator('h1').textContent()) ?? '');
  });

  it('tells the partner plainly when the operation has ended', async () => {
    // Its invitations list says how each operation stands: the closed one in Kingsbridge KB3 among them.
    await worker.goto(`${portal.url}/invitations?show=all`);
    await worker.getByTestId('invitations').getByRole('row', { name: /Kingsbridge KB3/ }).getByText('Operation: Closed').waitFor();
    await worker.getByTestId('invitations').getByRole('row', { name: /Port Allen PA2/ }).getByText('Operation: In progress').waitFor();
    await checkPage(worker, 'Invitations');

    await worker.goto(`${portal.url}/invitations/${harbourInvitation(8)}`);
    await expect(worker.getByTestId('operation-state').textContent()).resolves.toBe('Closed');
    await expect(worker.getByTestId('exact-details').textContent()).resolves.toBe('This operation has ended; its exact details are no longer shown.');
    expect(await worker.locator('main').textContent()).not.toContain('disclosure time');
    expect(await worker.getByRole('link', { name: 'Withdraw your acceptance' }).count()).toBe(0);
    await checkPage(worker, (await worker.locator('h1').textContent()) ?? '');
  });
});
