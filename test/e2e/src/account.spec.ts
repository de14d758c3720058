import { accessibilityViolations, launchBrowser, type Browser } from '../support/browser.js';
import { DEMO_PASSWORD, signInAsDemo } from '../support/demo.js';
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

describe('your account', () => {
  it('changes the password: the current one is checked, errors are summarised, and it passes axe', async () => {
    const page = await browser.newPage();
    await signInAsDemo(page, portal.url, 'outreach.worker@safepassage.example');

    await page.getByRole('link', { name: 'Your account', exact: true }).click();
    await page.getByRole('link', { name: 'Change your password' }).click();
    await page.getByRole('heading', { level: 1, name: 'Change your password' }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByLabel('Current password', { exact: true }).fill('not my password');
    await page.getByLabel('New password', { exact: true }).fill('amber lantern river stone');
    await page.getByRole('button', { name: 'Change password' }).click();
    await page.locator('.govuk-error-summary').getByRole('link', { name: 'Your current password is not right' }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByLabel('Current password', { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Change password' }).click();
    await page.getByText('Your password has been changed. You have been signed out everywhere else.').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
  });
});
