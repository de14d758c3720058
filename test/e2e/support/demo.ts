import { generateSync } from 'otplib';
import type { Page } from 'playwright-core';

/** Every demo account's password (apps/api/src/demo/demo-people.ts). */
export const DEMO_PASSWORD = 'liaise-demo-2026';

/** The demo accounts' authenticator secret: the test plays the person's authenticator app. */
export const DEMO_TOTP_SECRET = 'KRUGKIDROVUWG2ZAMJZG653OEBTG66BA';

/**
 * Signs a demo person in through the sign-in page and waits for the home page. With `withCode`, gives the
 * second step the code their authenticator app shows now (police users, managers, administrators).
 */
export async function signInAsDemo(page: Page, portalUrl: string, email: string, { withCode = false } = {}): Promise<void> {
  await page.goto(`${portalUrl}/sign-in`);
  await page.getByLabel('E-mail address').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  if (withCode) {
    await page.getByLabel('Enter the code from your authenticator app').fill(generateSync({ secret: DEMO_TOTP_SECRET }));
    await page.getByRole('button', { name: 'Continue' }).click();
  }
  await page.waitForURL(`${portalUrl}/home`);
}
