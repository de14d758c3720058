import { accessibilityViolations, launchBrowser, type Browser } from '../support/browser.js';
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

describe('the audit trail page', () => {
  it('shows a manager their organisation\'s sign-ins, filters them, and passes axe', async () => {
    const page = await browser.newPage();
    await signInAsDemo(page, portal.url, 'manager@harbourlights.example', { withCode: true });

    await page.getByRole('link', { name: 'Audit trail' }).click();
    await page.getByRole('heading', { level: 1, name: 'Audit trail' }).waitFor();
    const table = page.getByTestId('audit-entries');
    await table.waitFor();
    await expect(table.getByRole('cell', { name: 'Signed in' }).first().textContent()).resolves.toBe('Signed in');
    await expect(table.getByRole('cell', { name: 'Ruth Adeyemi' }).first().textContent()).resolves.toBe('Ruth Adeyemi');
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByLabel('Event').selectOption('auth.two-factor-enrolled');
    await page.getByRole('button', { name: 'Show entries' }).click();
    await page.getByTestId('audit-empty').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('names operation events in plain words: a reveal of exact details to a named attendee is on the partner’s trail', async () => {
    // Harbour Lights' worker opens the demo's welfare visit, inside its disclosure window, as its named attendee.
    await browser.context.clearCookies();
    const worker = await browser.newPage();
    await signInAsDemo(worker, portal.url, 'outreach.worker@harbourlights.example');
    await worker.goto(`${portal.url}/invitations/1a7e0c55-2b3d-4c4e-8f5a-000000000403`);
    await worker.getByTestId('exact-details').getByText('Addresses').waitFor();

    await browser.context.clearCookies();
    const page = await browser.newPage();
    await signInAsDemo(page, portal.url, 'manager@harbourlights.example', { withCode: true });
    await page.goto(`${portal.url}/audit`);
    await page.getByLabel('Event').selectOption({ label: 'Exact details shown to a named attendee' });
    await page.getByRole('button', { name: 'Show entries' }).click();
    const row = page.getByTestId('audit-entries').getByRole('row', { name: /Sam Rivers/ }).first();
    await row.getByRole('cell', { name: 'Exact details shown to a named attendee' }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('shows the force the same reveal as done by someone from the partner organisation, never by name', async () => {
    await browser.context.clearCookies();
    const page = await browser.newPage();
    await signInAsDemo(page, portal.url, 'manager@northshire.police.example', { withCode: true });
    await page.goto(`${portal.url}/audit`);
    await page.getByLabel('Event').selectOption({ label: 'Exact details shown to a named attendee' });
    await page.getByRole('button', { name: 'Show entries' }).click();
    const row = page.getByTestId('audit-entries').getByRole('row', { name: /Exact details shown to a named attendee/ }).first();
    await row.getByRole('cell', { name: 'Someone from Harbour Lights Project' }).waitFor();
    expect(await page.getByTestId('audit-entries').getByText('Sam Rivers').count()).toBe(0);
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('is not in an outreach worker\'s menu and answers them with page not found', async () => {
    await browser.context.clearCookies();
    const page = await browser.newPage();
    await signInAsDemo(page, portal.url, 'outreach.worker@harbourlights.example');
    // The menu is drawn once the api has said who is signed in: count its links only after that.
    await page.getByRole('banner').getByRole('link', { name: 'Your account' }).waitFor();
    expect(await page.getByRole('banner').getByRole('link', { name: 'Audit trail' }).count()).toBe(0);
    await page.goto(`${portal.url}/audit`);
    await page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();
  });
});
