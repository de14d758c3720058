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

describe('the platform administrator', () => {
  it('sets up an organisation and invites its first administrator, and passes axe', async () => {
    const page = await browser.newPage();
    await signInAsDemo(page, portal.url, 'platform.admin@liaise.example', { withCode: true });

    await page.getByRole('link', { name: 'Organisations', exact: true }).click();
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
