import { generateSync } from 'otplib';
import type { Page } from 'playwright-core';

/** Every demo account's password (apps/api/src/demo/demo-people.ts). */
export const DEMO_PASSWORD = 'liaise-demo-2026';

/** The demo accounts' authenticator secret: the test plays the person's authenticator app. */
export const DEMO_TOTP_SECRET = 'KRUGKIDROVUWG2ZAMJZG653OEBTG66BA';

const PERIOD_MS = 30_000;
/** The authenticator period each person last gave a code from: Liaise accepts a code only once. */
const lastPeriodUsed = new Map<string, number>();

/** The code a person's authenticator app shows, waiting for the next one if they already gave this one. */
export async function freshDemoCode(email: string): Promise<string> {
  const period = () => Math.floor(Date.now() / PERIOD_MS);
  if (lastPeriodUsed.get(email) === period()) await new Promise((wake) => setTimeout(wake, (period() + 1) * PERIOD_MS - Date.now() + 250));
  lastPeriodUsed.set(email, period());
  return generateSync({ secret: DEMO_TOTP_SECRET });
}

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
    await page.getByLabel('Enter the code from your authenticator app').fill(await freshDemoCode(email));
    await page.getByRole('button', { name: 'Continue' }).click();
  }
  await page.waitForURL(`${portalUrl}/home`);
}
