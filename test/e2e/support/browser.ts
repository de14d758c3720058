import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';

/** Debian's Chromium (the test command installs it): Playwright cannot download its own browser here. */
export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

export interface Browser {
  readonly context: BrowserContext;
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

/** Chromium reports each refusal on the console: "Refused to … because it violates the following Content Security Policy directive …". */
const CSP_REFUSAL = /Content Security Policy/i;

/** Refusals seen on any page of any browser launched here, not yet taken by takeCspViolations. */
const cspViolations: string[] = [];

/**
 * What the Content-Security-Policy refused since the last call; the journeys' setup (csp.setup.ts) fails
 * the test during which any refusal happened.
 */
export function takeCspViolations(): string[] {
  return cspViolations.splice(0);
}

/** A fresh headless Chromium profile; closing it deletes the profile. */
export async function launchBrowser(): Promise<Browser> {
  const profile = await mkdtemp(path.join(tmpdir(), 'liaise-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const watch = (page: Page) =>
    page.on('console', (message) => {
      if (CSP_REFUSAL.test(message.text())) cspViolations.push(`${page.url()}: ${message.text()}`);
    });
  context.pages().forEach(watch);
  context.on('page', watch);
  return {
    context,
    newPage: () => context.newPage(),
    close: async () => {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/** axe-core's WCAG 2.2 A and AA rules and its best practices: returns the violations, empty when clean. */
export async function accessibilityViolations(page: Page): Promise<{ id: string; help: string; nodes: string[] }[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  return results.violations.map((violation) => ({
    id: violation.id,
    help: violation.help,
    nodes: violation.nodes.map((node) => node.target.join(' ')),
  }));
}

/** Waits until the page shown has set its title (pages set it after the address changes), then checks it. */
export async function expectTitle(page: Page, title: string): Promise<void> {
  await page.waitForFunction((expected) => document.title === expected, title, { timeout: 15_000 }).catch(() => undefined);
  expect(await page.title()).toBe(title);
}

/** A page's basics: its title, one main heading, and no axe violations. */
export async function checkPage(page: Page, title: string): Promise<void> {
  await expectTitle(page, `${title} – Liaise`);
  expect(await page.locator('h1').count()).toBe(1);
  expect(await accessibilityViolations(page)).toEqual([]);
}
