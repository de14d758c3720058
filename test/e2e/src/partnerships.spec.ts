import type { Page } from 'playwright-core';
import { type Browser, checkPage, launchBrowser } from '../support/browser.js';
import { signInAsDemo } from '../support/demo.js';
import { startPortal, type Portal } from '../support/portal.js';

const WESTMERE_ADMIN = 'admin@westmere.police.example';
const SAFE_PASSAGE_ADMIN = 'admin@safepassage.example';
const SAFE_PASSAGE = '0b9c4f7e-1a2b-4c3d-8e5f-000000000005';

let portal: Portal;
let forceBrowser: Browser;
let projectBrowser: Browser;
beforeAll(async () => {
  // One browser each: the force's administrator and the project's, each with their own session.
  [portal, forceBrowser, projectBrowser] = await Promise.all([startPortal(), launchBrowser(), launchBrowser()]);
});
afterAll(async () => {
  await forceBrowser?.close();
  await projectBrowser?.close();
  await portal?.stop();
});

/** Signs an administrator in, password then authenticator code, and waits for the home page. */
const signIn = (page: Page, email: string) => signInAsDemo(page, portal.url, email, { withCode: true });

/** A date `days` from today, as the three fields of a GOV.UK date input. */
function dateFields(days: number): { day: string; month: string; year: string } {
  const date = new Date(Date.now() + days * 86_400_000);
  return { day: String(date.getUTCDate()), month: String(date.getUTCMonth() + 1), year: String(date.getUTCFullYear()) };
}

async function fillDate(page: Page, legend: string, days: number): Promise<void> {
  const group = page.getByRole('group', { name: legend });
  const { day, month, year } = dateFields(days);
  await group.getByLabel('Day').fill(day);
  await group.getByLabel('Month').fill(month);
  await group.getByLabel('Year').fill(year);
}

describe('a partnership between a force and a project', () => {
  let partnershipUrl: string;

  it("is proposed by the force's administrator, choosing the project from the directory", async () => {
    const page = await forceBrowser.newPage();
    await signIn(page, WESTMERE_ADMIN);
    await page.getByRole('banner').getByRole('link', { name: 'Partnerships' }).click();
    await page.waitForURL(`${portal.url}/partnerships`);
    await page.getByTestId('partnerships').getByRole('link', { name: 'Open Door Outreach' }).waitFor();
    await checkPage(page, 'Partnerships');

    await page.getByRole('button', { name: 'Propose a partnership' }).click();
    await page.waitForURL(`${portal.url}/partnerships/propose`);
    await page.getByLabel('Project', { exact: true }).waitFor();
    await checkPage(page, 'Propose a partnership');

    // Nothing filled in: every field is asked for, and the page still passes axe.
    await page.getByRole('button', { name: 'Propose the partnership' }).click();
    const summary = page.locator('.govuk-error-summary');
    await summary.getByRole('link', { name: 'Choose a project from the directory' }).waitFor();
    await summary.getByRole('link', { name: 'Enter the review date' }).waitFor();
    await checkPage(page, 'Error: Propose a partnership');

    await page.getByLabel('Project', { exact: true }).selectOption(SAFE_PASSAGE);
    await page.getByLabel('Statutory: Crime and Disorder Act 1998, section 115').check();
    await page.getByLabel('Agreement reference').fill('WC/ISA/0610');
    await fillDate(page, 'Date signed', -10);
    await fillDate(page, 'Review date', 355);
    await page.getByRole('button', { name: 'Propose the partnership' }).click();
    await page.waitForURL(/\/partnerships\/[0-9a-f-]{36}$/);
    partnershipUrl = page.url();
    await page.locator('.govuk-notification-banner--success').getByText('The partnership has been proposed').waitFor();
    await expect(page.getByTestId('partnership-status').textContent()).resolves.toBe('Proposed');
    await page.getByText('WC/ISA/0610').waitFor();
    await checkPage(page, 'Partnership with Safe Passage MSHT Service');
  });

  it("is accepted by the project's administrator", async () => {
    const page = await projectBrowser.newPage();
    await signIn(page, SAFE_PASSAGE_ADMIN);
    await page.goto(`${portal.url}/partnerships`);
    await page.getByText('Waiting for your answer').waitFor();
    await checkPage(page, 'Partnerships');

    await page.getByRole('link', { name: 'Accept or decline the partnership with Westmere Constabulary' }).click();
    await page.getByRole('radio', { name: 'Yes, accept it' }).waitFor();
    await checkPage(page, 'Accept or decline a partnership');

    // Declining needs a reason.
    await page.getByRole('radio', { name: 'No, decline it' }).check();
    await page.getByRole('button', { name: 'Send your answer' }).click();
    await page.locator('.govuk-error-summary').getByRole('link', { name: 'Enter why you are declining the partnership' }).waitFor();
    await checkPage(page, 'Error: Accept or decline a partnership');

    await page.getByRole('radio', { name: 'Yes, accept it' }).check();
    await page.getByRole('button', { name: 'Send your answer' }).click();
    await page.waitForURL(partnershipUrl);
    await page.locator('.govuk-notification-banner--success').getByText('You have accepted the partnership').waitFor();
    await expect(page.getByTestId('partnership-status').textContent()).resolves.toBe('Active');
    await checkPage(page, 'Partnership with Westmere Constabulary');
  });

  it('is active for both sides', async () => {
    const projectPage = await projectBrowser.newPage();
    await projectPage.goto(`${portal.url}/partnerships`);
    const projectRow = projectPage.getByTestId('partnerships').getByRole('row', { name: /Westmere Constabulary/ });
    await projectRow.getByText('Active').waitFor();

    const forcePage = await forceBrowser.newPage();
    await forcePage.goto(partnershipUrl);
    await forcePage.getByTestId('partnership-status').getByText('Active').waitFor();
    await forcePage.getByRole('link', { name: 'Suspend the partnership' }).waitFor();
    await checkPage(forcePage, 'Partnership with Safe Passage MSHT Service');
    await forcePage.goto(`${portal.url}/partnerships`);
    await forcePage.getByTestId('partnerships').getByRole('row', { name: /Safe Passage MSHT Service/ }).getByText('Active').waitFor();
  });
});

describe("the organisation's profile and training, for its administrator", () => {
  it('shows and changes the profile', async () => {
    const page = await forceBrowser.newPage();
    await page.goto(`${portal.url}/organisation`);
    await page.getByRole('heading', { name: 'Westmere Constabulary' }).waitFor();
    await checkPage(page, 'Your organisation');
    await page.getByRole('link', { name: 'Change the details' }).click();
    await page.getByLabel('Contact phone number (optional)').fill('01632 960 299');
    await checkPage(page, 'Change your organisation’s details');
    await page.getByRole('button', { name: 'Save the details' }).click();
    await page.waitForURL(`${portal.url}/organisation`);
    await page.locator('.govuk-notification-banner--success').getByText('The details have been saved').waitFor();
    await page.getByText('01632 960 299').waitFor();
  });

  it('keeps training records, with what needs attention at a glance', async () => {
    const page = await forceBrowser.newPage();
    await page.goto(`${portal.url}/training`);
    await page.getByText('No current MSHT training is recorded').waitFor();
    await checkPage(page, 'Your training');

    await page.getByRole('button', { name: 'Add a training record' }).click();
    await page.getByLabel('Course').selectOption({ label: 'Local MSHT awareness tier 1 – valid for 12 months' });
    await page.getByLabel('Training provider').fill('Westmere safeguarding board');
    await fillDate(page, 'Date completed', -360);
    await checkPage(page, 'Add a training record');
    await page.getByRole('button', { name: 'Save the training record' }).click();
    await page.waitForURL(`${portal.url}/training`);
    await page.locator('.govuk-notification-banner--success').getByText('The training record has been added').waitFor();
    await page.getByTestId('training-records').getByText('Expires soon').waitFor();
    await page.getByText('1 training record expires within 30 days').waitFor();
    await checkPage(page, 'Your training');

    await page.goto(`${portal.url}/people/training`);
    await page.getByTestId('people-training').getByRole('link', { name: 'Morgan Admin' }).waitFor();
    await checkPage(page, 'Training of people in your organisation');
  });
});
