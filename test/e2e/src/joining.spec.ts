import { generateSync } from 'otplib';
import type { Page } from 'playwright-core';
import { startSmtpReceiver, type ReceivedMail, type SmtpReceiver } from '@liaise/api-testing';
import { accessibilityViolations, expectTitle, launchBrowser, type Browser } from '../support/browser.js';
import { signInAsDemo } from '../support/demo.js';
import { startPortal, type Portal } from '../support/portal.js';

const ADMIN = 'admin@harbourlights.example';
const NEW_PASSWORD = 'quiet meadow lantern 42';

let smtp: SmtpReceiver;
let portal: Portal;
let browser: Browser;
beforeAll(async () => {
  smtp = await startSmtpReceiver();
  [portal, browser] = await Promise.all([startPortal({ SMTP_URL: smtp.url }), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await portal?.stop();
  await smtp?.close();
});

/** The link in an e-mail that arrived, into this portal. */
function linkIn(mail: ReceivedMail, path: 'join' | 'reset-password'): string {
  const link = new RegExp(`${portal.url.replace(/[.:/]/g, '\\$&')}/${path}/[A-Za-z0-9_-]{43}`).exec(mail.text)?.[0];
  if (link === undefined) throw new Error(`No ${path} link in:\n${mail.text}`);
  return link;
}

async function expectAccessible(page: Page): Promise<void> {
  expect(await page.locator('h1').count()).toBe(1);
  expect(await accessibilityViolations(page)).toEqual([]);
}

/** Signs the Harbour Lights administrator in: password, then the code their authenticator app shows. */
const signInAsAdmin = (page: Page) => signInAsDemo(page, portal.url, ADMIN, { withCode: true });

describe('joining by invitation', () => {
  it('an administrator invites someone; they follow the e-mailed link, choose a password and are signed in', async () => {
    const email = 'nia.newcomer@example.org';
    const admin = await browser.newPage();
    await signInAsAdmin(admin);

    await admin.goto(`${portal.url}/people`);
    await admin.getByRole('heading', { name: 'People in Harbour Lights Project' }).waitFor();
    await expectTitle(admin, 'People – Liaise');
    await admin.getByTestId('people').getByRole('rowheader', { name: 'Sam Rivers' }).waitFor();
    await admin.getByTestId('no-invitations').waitFor();
    await expectAccessible(admin);

    await admin.getByRole('link', { name: 'Invite someone' }).click();
    await admin.waitForURL(`${portal.url}/people/invite`);
    await admin.getByRole('heading', { name: 'Invite someone to Harbour Lights Project' }).waitFor();
    // The roles a project may give, once they are drawn: never a police role.
    await admin.getByRole('radio', { name: 'Outreach worker' }).waitFor();
    await expect(admin.getByRole('radio', { name: 'Liaison officer' }).count()).resolves.toBe(0);
    await expectAccessible(admin);

    // Nothing filled in: each field says what it needs, and the summary takes the focus.
    await admin.getByRole('button', { name: 'Send invitation' }).click();
    const summary = admin.locator('.govuk-error-summary');
    await summary.getByRole('link', { name: 'Enter their e-mail address' }).waitFor();
    await summary.getByRole('link', { name: 'Choose a role' }).waitFor();
    await expectTitle(admin, 'Error: Invite someone – Liaise');
    await admin.waitForFunction(() => document.activeElement?.classList.contains('govuk-error-summary') === true);
    await expectAccessible(admin);

    await admin.getByLabel('Their e-mail address').fill(email);
    await admin.getByRole('radio', { name: 'Outreach worker' }).check();
    await admin.getByRole('button', { name: 'Send invitation' }).click();
    await admin.waitForURL(`${portal.url}/people`);
    await admin.getByText(`Invitation sent to ${email}`).waitFor();
    await admin.getByTestId('invitations').getByRole('rowheader', { name: email }).waitFor();
    await expectAccessible(admin);

    // The e-mail arrives at a real SMTP server, with the link and nothing else.
    const mail = await smtp.waitFor((m) => m.to.includes(email), 30_000);
    const link = linkIn(mail, 'join');
    expect(mail.subject).toBe('You have been invited to Liaise');
    for (const detail of ['Harbour', 'Chris Admin', 'outreach', 'Outreach']) expect(mail.raw).not.toContain(detail);

    // The newcomer, on a device of their own.
    const theirs = await launchBrowser();
    try {
      const page = await theirs.newPage();
      await page.goto(link);
      await page.getByRole('heading', { name: 'Join Harbour Lights Project on Liaise' }).waitFor();
      await expectTitle(page, 'Join Liaise – Liaise');
      await page.getByText('Outreach worker', { exact: true }).waitFor();
      // The rules are said before the password is typed.
      await page.getByText('be 12 characters or more').waitFor();
      await expectAccessible(page);

      await page.getByLabel('Your name').fill('Nia Newcomer');
      await page.getByLabel('Create a password').fill('harbour lights forever');
      await page.getByRole('button', { name: 'Create account' }).click();
      const problem = 'Password must not contain your name, e-mail address or organisation';
      await page.locator('.govuk-error-summary').getByRole('link', { name: problem }).waitFor();
      await expect(page.locator('#password-error').textContent()).resolves.toBe(`Error: ${problem}`);
      await expectAccessible(page);

      await page.getByLabel('Create a password').fill(NEW_PASSWORD);
      await page.getByRole('button', { name: 'Create account' }).click();
      await page.waitForURL(`${portal.url}/home`);
      await expect(page.getByTestId('signed-in-as').textContent()).resolves.toBe(
        'Signed in as Nia Newcomer, outreach worker, Harbour Lights Project.',
      );
      await expectAccessible(page);

      // The link worked once.
      await page.goto(link);
      await page.getByRole('heading', { name: 'This invitation has already been used' }).waitFor();
      await expectAccessible(page);
    } finally {
      await theirs.close();
    }

    // The administrator sees the new colleague, and no invitation waiting.
    await admin.goto(`${portal.url}/people`);
    await admin.getByTestId('people').getByRole('rowheader', { name: 'Nia Newcomer' }).waitFor();
    await admin.getByTestId('no-invitations').waitFor();
  });
});

describe('joining in a role that needs two-factor sign-in', () => {
  it('sets a password, enrols an authenticator app (code computed here), signs out and back in with a fresh code', async () => {
    const email = 'mo.manager@example.org';
    const admin = await browser.newPage();
    await signInAsAdmin(admin);
    await admin.goto(`${portal.url}/people/invite`);
    await admin.getByLabel('Their e-mail address').fill(email);
    await admin.getByRole('radio', { name: 'Manager' }).check();
    await admin.getByRole('button', { name: 'Send invitation' }).click();
    await admin.getByText(`Invitation sent to ${email}`).waitFor();
    const link = linkIn(await smtp.waitFor((m) => m.to.includes(email), 30_000), 'join');

    const theirs = await launchBrowser();
    try {
      const page = await theirs.newPage();
      await page.goto(link);
      await page.getByLabel('Your name').fill('Mo Manager');
      await page.getByLabel('Create a password').fill(NEW_PASSWORD);
      await page.getByRole('button', { name: 'Create account' }).click();

      // Managers must set up an authenticator app before anything else.
      await page.waitForURL(/\/sign-in\/set-up-authenticator/);
      await page.getByText('I cannot scan the QR code').click();
      const secret = ((await page.getByTestId('totp-secret').textContent()) ?? '').replace(/\s+/g, '');
      expect(secret).toMatch(/^[A-Z2-7]{16,}$/);
      await expectAccessible(page);
      const enrolledAt = Date.now();
      await page.getByLabel('Code from the app').fill(generateSync({ secret }));
      await page.getByRole('button', { name: 'Continue' }).click();
      const codes = page.getByTestId('recovery-codes');
      await codes.waitFor();
      expect((await codes.locator('li').allTextContents()).every((code) => /^[a-z2-7]{5}-[a-z2-7]{5}$/.test(code.trim()))).toBe(true);
      await expectAccessible(page);
      await page.getByRole('button', { name: 'Continue' }).click();
      await page.waitForURL(`${portal.url}/home`);
      await expect(page.getByTestId('signed-in-as').textContent()).resolves.toBe('Signed in as Mo Manager, manager, Harbour Lights Project.');

      await page.getByRole('banner').getByRole('button', { name: 'Sign out' }).click();
      await page.waitForURL(/\/sign-in/);

      // A code is accepted once: wait for the app's next code before signing back in.
      const nextPeriod = (Math.floor(enrolledAt / 30_000) + 1) * 30_000;
      await page.waitForTimeout(Math.max(0, nextPeriod - Date.now() + 500));
      await page.getByLabel('E-mail address').fill(email);
      await page.getByLabel('Password', { exact: true }).fill(NEW_PASSWORD);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.waitForURL(/\/sign-in\/code/);
      await page.getByLabel('Enter the code from your authenticator app').fill(generateSync({ secret }));
      await page.getByRole('button', { name: 'Continue' }).click();
      await page.waitForURL(`${portal.url}/home`);
      await page.getByTestId('signed-in-as').waitFor();
    } finally {
      await theirs.close();
    }
  });
});

describe('a forgotten password', () => {
  it('is reset from the sign-in page with a link by e-mail', async () => {
    const email = 'outreach.worker@opendoor.example';
    const page = await browser.newPage();
    await page.goto(`${portal.url}/sign-in`);
    await page.getByRole('link', { name: 'Forgotten your password?' }).click();
    await page.waitForURL(`${portal.url}/forgot-password`);
    await expectTitle(page, 'Reset your password – Liaise');
    await expectAccessible(page);

    await page.getByLabel('E-mail address').fill(email);
    await page.getByRole('button', { name: 'Send the link' }).click();
    await page.getByRole('heading', { name: 'Check your e-mail' }).waitFor();
    await expectAccessible(page);

    const mail = await smtp.waitFor((m) => m.to.includes(email), 30_000);
    await page.goto(linkIn(mail, 'reset-password'));
    await page.getByRole('heading', { name: 'Choose a new password' }).waitFor();
    await expectAccessible(page);

    await page.getByLabel('New password').fill('too short');
    await page.getByRole('button', { name: 'Change password' }).click();
    await page.locator('.govuk-error-summary').getByRole('link', { name: 'Password must be 12 characters or more' }).waitFor();
    await expectAccessible(page);

    await page.getByLabel('New password').fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'Change password' }).click();
    await page.getByRole('heading', { name: 'Your password has been changed' }).waitFor();
    await expectAccessible(page);

    await page.getByRole('link', { name: 'Sign in' }).last().click();
    await page.waitForURL(`${portal.url}/sign-in`);
    await page.getByLabel('E-mail address').fill(email);
    await page.getByLabel('Password', { exact: true }).fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(`${portal.url}/home`);
  });
});
