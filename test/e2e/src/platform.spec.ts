import { generateSync } from 'otplib';
import { accessibilityViolations, launchBrowser, type Browser } from '../support/browser.js';
import { startPortal, type Portal } from '../support/portal.js';

const DEMO_PASSWORD = 'liaise-demo-2026';
const DEMO_TOTP_SECRET = 'KRUGKIDROVUWG2ZAMJZG653OEBTG66BA';

let portal: Portal;
let browser: Browser;
beforeAll(async () => {
  [portal, browser] = await Promise.all([startPortal(), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await portal?.stop();
});

describe('the platform administrator', () => {
  it('sets up an organisation and invites its first administrator, and passes axe', async () => {
    const page = await browser.newPage();
    await page.goto(`${portal.url}/sign-in`);
    await page.getByLabel('E-mail address').fill('platform.admin@liaise.example');
    await page.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByLabel('Enter the code from your authenticator app').fill(generateSync({ secret: DEMO_TOTP_SECRET }));
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.waitForURL(`${portal.url}/home`);

    await page.getByRole('link', { name: 'Organisations' }).click();
    await page.getByRole('heading', { level: 1, name: 'Organisations using Liaise' }).waitFor();
    await page.getByTestId('platform-organisations').getByRole('cell', { name: 'Harbour Lights Project' }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Set up organisation' }).click();
    await page.locator('.govuk-error-summary').getByRole('link', { name: 'Choose the kind of organisation' }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByRole('radio', { name: 'Sex work project' }).check();
    await page.getByLabel('Name').fill('Northgate Project');
    await page.getByLabel('E-mail address of its first administrator').fill('first.admin@northgate.example');
    await page.getByRole('button', { name: 'Set up organisation' }).click();
    await page.getByText('Northgate Project is set up, and an invitation has been sent to first.admin@northgate.example').waitFor();
    await page.getByTestId('platform-organisations').getByRole('cell', { name: 'Northgate Project' }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
  });
});
