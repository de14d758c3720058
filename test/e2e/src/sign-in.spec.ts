import { generateSync } from 'otplib';
import type { Page } from 'playwright-core';
import { accessibilityViolations, expectTitle, launchBrowser, type Browser } from '../support/browser.js';
import { startPortal, type Portal } from '../support/portal.js';

const OFFICER = 'liaison.officer@northshire.police.example';
const WORKER = 'outreach.worker@harbourlights.example';
const DEMO_PASSWORD = 'liaise-demo-2026';
/**
 * Police users, managers and administrators sign in with a code from an authenticator app as well; the demo
 * accounts come set up with this secret (the api prints it at start in demo mode).
 */
const DEMO_TOTP_SECRET = 'KRUGKIDROVUWG2ZAMJZG653OEBTG66BA';
const REFUSED = 'Enter a correct e-mail address and password';

let portal: Portal;
let browser: Browser;
beforeAll(async () => {
  [portal, browser] = await Promise.all([startPortal(), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await portal?.stop();
});
// Every test starts signed out: the pages of one browser share its cookies.
beforeEach(async () => {
  await browser.context.clearCookies();
});


/** Fills in the sign-in page and sends it. */
async function submitSignIn(page: Page, email: string, password: string): Promise<void> {
  await page.getByLabel('E-mail address').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** Signs in someone who needs no second factor (an outreach worker) and waits for the home page. */
async function signIn(page: Page, email: string): Promise<void> {
  await page.goto(`${portal.url}/sign-in`);
  await submitSignIn(page, email, DEMO_PASSWORD);
  await page.waitForURL(`${portal.url}/home`);
  await page.getByTestId('signed-in-as').waitFor();
}

/** Gives the second step of signing in a code from the (demo) authenticator app. */
async function submitCode(page: Page, code = generateSync({ secret: DEMO_TOTP_SECRET })): Promise<void> {
  await page.getByLabel('Enter the code from your authenticator app').fill(code);
  await page.getByRole('button', { name: 'Continue' }).click();
}

describe('signing in', () => {
  it('refuses a wrong password with an error summary that takes the focus, and passes axe', async () => {
    const page = await browser.newPage();
    await page.goto(`${portal.url}/sign-in`);
    await expectTitle(page, 'Sign in – Liaise');
    await expect(page.locator('h1').textContent()).resolves.toBe('Sign in to Liaise');
    await expect(page.getByLabel('E-mail address').getAttribute('autocomplete')).resolves.toBe('username');
    await expect(page.getByLabel('Password', { exact: true }).getAttribute('autocomplete')).resolves.toBe('current-password');
    await page.getByTestId('demo-banner').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    await submitSignIn(page, OFFICER, 'not-the-password');
    const summary = page.locator('.govuk-error-summary');
    await summary.getByRole('link', { name: REFUSED }).waitFor();
    await expectTitle(page, 'Error: Sign in – Liaise');
    await page.waitForFunction(() => document.activeElement?.classList.contains('govuk-error-summary') === true);
    await expect(page.locator('#email-error').textContent()).resolves.toBe(`Error: ${REFUSED}`);
    await expect(page.getByLabel('E-mail address').getAttribute('aria-describedby')).resolves.toBe('email-error');
    expect(await page.locator('h1').count()).toBe(1);
    expect(await accessibilityViolations(page)).toEqual([]);

    // The summary's link takes the keyboard to the field.
    await summary.getByRole('link', { name: REFUSED }).click();
    await page.waitForFunction(() => document.activeElement?.id === 'email');
  });

  it('asks for empty fields without asking the api', async () => {
    const page = await browser.newPage();
    await page.goto(`${portal.url}/sign-in`);
    await page.getByRole('button', { name: 'Sign in' }).click();
    const summary = page.locator('.govuk-error-summary');
    await summary.getByRole('link', { name: 'Enter your e-mail address' }).waitFor();
    await summary.getByRole('link', { name: 'Enter your password' }).waitFor();
    await expect(page.locator('#password-error').textContent()).resolves.toBe('Error: Enter your password');
  });

  it('signs a liaison officer in with a code from the app, to a home page that passes axe', async () => {
    const page = await browser.newPage();
    await page.goto(`${portal.url}/sign-in`);
    await submitSignIn(page, OFFICER, DEMO_PASSWORD);

    // A police user's second step: the code from the authenticator app.
    await page.waitForURL(`${portal.url}/sign-in/code`);
    await expectTitle(page, 'Enter the code from your authenticator app – Liaise');
    expect(await accessibilityViolations(page)).toEqual([]);
    await submitCode(page);

    await page.waitForURL(`${portal.url}/home`);
    await expectTitle(page, 'Home – Liaise');
    await expect(page.getByTestId('signed-in-as').textContent()).resolves.toBe(
      'Signed in as PC Lee Oakes, liaison officer, Northshire Police.',
    );
    expect(await page.locator('h1').count()).toBe(1);
    expect(await accessibilityViolations(page)).toEqual([]);

    // Their account; signing out of all devices, after a confirmation; then the account is closed to them.
    await page.getByRole('link', { name: 'Your account', exact: true }).click();
    await page.waitForURL(`${portal.url}/account`);
    await expectTitle(page, 'Your account – Liaise');
    await page.getByText(OFFICER).waitFor();
    await page.getByText('Northshire Police').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByRole('link', { name: 'Sign out of all devices' }).click();
    await page.waitForURL(`${portal.url}/account/sign-out-everywhere`);
    await page.getByRole('button', { name: 'Sign out of all devices' }).click();
    await page.waitForURL(`${portal.url}/sign-in`);
    await page.locator('.govuk-notification-banner--success').getByText('You have signed out of all devices').waitFor();
    // The header asks the api who is signed in once the session's cache is cleared: wait for its answer.
    await page.getByRole('banner').getByRole('link', { name: 'Sign in' }).waitFor();
    expect(await page.getByRole('banner').getByRole('button', { name: 'Sign out' }).count()).toBe(0);
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.goto(`${portal.url}/account`);
    await page.waitForURL(`${portal.url}/sign-in?returnTo=%2Faccount`);
    await page.locator('h1', { hasText: 'Sign in to Liaise' }).waitFor();
  });

  it('refuses a wrong code from the app with an error summary', async () => {
    const page = await browser.newPage();
    await page.goto(`${portal.url}/sign-in`);
    await submitSignIn(page, 'manager@northshire.police.example', DEMO_PASSWORD);
    await page.waitForURL(`${portal.url}/sign-in/code`);
    const code = generateSync({ secret: DEMO_TOTP_SECRET });
    await submitCode(page, code === '000000' ? '111111' : '000000');
    await page.locator('.govuk-error-summary').getByRole('link', { name: /^The code is not right/ }).waitFor();
    await expectTitle(page, 'Error: Enter the code from your authenticator app – Liaise');
    expect(await accessibilityViolations(page)).toEqual([]);
  });
});

describe('the account page', () => {
  it('sends someone not signed in to sign in, and back to the page they asked for', async () => {
    const page = await browser.newPage();
    await page.goto(`${portal.url}/account?from=test`);
    await page.waitForURL(`${portal.url}/sign-in?returnTo=%2Faccount%3Ffrom%3Dtest`);
    await submitSignIn(page, WORKER, DEMO_PASSWORD);
    await page.waitForURL(`${portal.url}/account?from=test`);
    await page.getByText('Outreach worker').waitFor();

    // Signing out from the header ends the session: the account page is closed again.
    await page.getByRole('banner').getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL(`${portal.url}/sign-in`);
    await page.getByText('You have signed out', { exact: true }).waitFor();
    await page.goto(`${portal.url}/account`);
    await page.waitForURL(`${portal.url}/sign-in?returnTo=%2Faccount`);
  });
});

describe('an ended session', () => {
  it('sends the person to sign in with "You have been signed out", and back to where they were', async () => {
    const page = await browser.newPage();
    await signIn(page, WORKER);
    await page.goto(`${portal.url}/account?tab=1`);
    await page.getByText(WORKER).waitFor();

    // The session ends on the api (here: every session of the person, behind the page's back). A query that
    // needs a session is then answered UNAUTHENTICATED; the pages have none yet, so the page's next query
    // (who is signed in) is given that answer here, as the api words it.
    await page.evaluate(() =>
      fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: 'mutation { signOutEverywhere }' }),
      }),
    );
    let ended = true;
    await page.route('**/graphql', async (route) => {
      const operation = (route.request().postDataJSON() as { operationName?: string } | null)?.operationName;
      if (!ended || operation !== 'Viewer') return route.continue();
      ended = false;
      return route.fulfill({
        contentType: 'application/json',
        body: JSON.stringify({ data: null, errors: [{ message: 'Sign in to continue', extensions: { code: 'UNAUTHENTICATED' } }] }),
      });
    });
    await page.reload();
    await page.waitForURL(`${portal.url}/sign-in?returnTo=%2Faccount%3Ftab%3D1`);
    await page.getByText('You have been signed out').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    await submitSignIn(page, WORKER, DEMO_PASSWORD);
    await page.waitForURL(`${portal.url}/account?tab=1`);
    await page.getByText(WORKER).waitFor();
  });
});
