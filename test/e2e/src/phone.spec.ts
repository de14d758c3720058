import type { Page } from 'playwright-core';
import { accessibilityViolations, launchBrowser, type Browser } from '../support/browser.js';
import { signInAsDemo } from '../support/demo.js';
import { startPortal, type Portal } from '../support/portal.js';

/** A common phone's screen, in CSS pixels. */
const PHONE = { width: 390, height: 844 };

let portal: Portal;
let browser: Browser;
beforeAll(async () => {
  [portal, browser] = await Promise.all([startPortal(), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await portal?.stop();
});

async function phonePage(): Promise<Page> {
  const page = await browser.newPage();
  await page.setViewportSize(PHONE);
  return page;
}

/** Waits for the page's heading and for its content to have loaded (no "Loading…" left in it). */
async function pageShown(page: Page): Promise<void> {
  await page.locator('#main-content h1').waitFor();
  await page.waitForFunction(() => !/Loading|Checking you are signed in/.test(document.querySelector('main')?.textContent ?? ''));
}

/** How far the page is wider than the screen: 0 when nothing scrolls sideways. */
function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/** What a person on a phone checks on every page: it fits the screen's width, and it passes axe. */
async function expectFitsThePhone(page: Page): Promise<void> {
  expect({ page: new URL(page.url()).pathname, overflow: await sidewaysOverflow(page) }).toEqual({ page: new URL(page.url()).pathname, overflow: 0 });
  expect(await accessibilityViolations(page)).toEqual([]);
}

/** Opens the service navigation with the keyboard, as its menu button is the only way to it on a phone. */
async function openMenu(page: Page): Promise<void> {
  const menu = page.getByRole('button', { name: 'Menu' });
  await expect(menu.getAttribute('aria-expanded')).resolves.toBe('false');
  await menu.focus();
  await page.keyboard.press('Enter');
  await expect(menu.getAttribute('aria-expanded')).resolves.toBe('true');
  await page.getByRole('navigation', { name: 'Menu' }).getByRole('listitem').first().waitFor();
}

/** The names of the links in the service navigation. */
async function navigationLinks(page: Page): Promise<string[]> {
  const names = await page.getByRole('navigation', { name: 'Menu' }).getByRole('link').allInnerTexts();
  return names.map((name) => name.trim());
}

/** Follows each page of the navigation, through the menu and with the keyboard, checking that each fits. */
async function visitEveryPage(page: Page): Promise<string[]> {
  await openMenu(page);
  const pages = await navigationLinks(page);
  for (const [index, name] of pages.entries()) {
    if (index > 0) await openMenu(page);
    const link = page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name, exact: true });
    const href = await link.getAttribute('href');
    await link.focus();
    await page.keyboard.press('Enter');
    // Until the address changes, the page shown (and its heading) may still be the one the link was followed from.
    await page.waitForURL((url) => url.pathname === href);
    await pageShown(page);
    // Following a link closes the menu, as a new page would have.
    await expect(page.getByRole('button', { name: 'Menu' }).getAttribute('aria-expanded')).resolves.toBe('false');
    await expectFitsThePhone(page);
  }
  return pages;
}

describe('on a phone', () => {
  it('shows the page first, with the navigation behind a menu button that opens it', async () => {
    const page = await phonePage();
    await signInAsDemo(page, portal.url, 'liaison.officer@northshire.police.example', { withCode: true });
    await pageShown(page);

    const menu = page.getByRole('button', { name: 'Menu' });
    await menu.waitFor();
    expect(await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Operations' }).isVisible()).toBe(false);
    // The page's heading is on the first screen, not below the navigation and the banners.
    const heading = await page.locator('#main-content h1').boundingBox();
    expect(heading !== null && heading.y + heading.height <= PHONE.height).toBe(true);
    await expectFitsThePhone(page);

    await openMenu(page);
    expect(await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Operations' }).isVisible()).toBe(true);
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.keyboard.press('Enter'); // the button still has the focus: it closes the menu again
    await expect(menu.getAttribute('aria-expanded')).resolves.toBe('false');
    expect(await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Operations' }).isVisible()).toBe(false);

    // On a wider screen the links show, and the button goes (hidden from screen readers as well).
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Operations' }).waitFor();
    const toggle = page.locator('.govuk-service-navigation__toggle');
    expect(await toggle.isVisible()).toBe(false);
    await expect(toggle.getAttribute('aria-hidden')).resolves.toBe('true');
  });

  it("fits the liaison officer's pages, the operations list and an operation, to the screen", async () => {
    const page = await phonePage();
    await signInAsDemo(page, portal.url, 'liaison.officer@northshire.police.example', { withCode: true });
    expect(await visitEveryPage(page)).toEqual(expect.arrayContaining(['Home', 'Operations', 'Your account']));

    await openMenu(page);
    await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Operations', exact: true }).click();
    await pageShown(page);
    await page.getByTestId('operations').waitFor();
    await expectFitsThePhone(page);
    await page.getByTestId('operations').getByRole('link').first().click();
    await pageShown(page);
    await page.getByTestId('history').or(page.getByText('Nothing has happened to the operation since it was created.')).first().waitFor();
    await expectFitsThePhone(page);
  });

  it("fits the outreach worker's pages, the invitations list and an invitation, to the screen", async () => {
    const page = await phonePage();
    await signInAsDemo(page, portal.url, 'outreach.worker@harbourlights.example');
    expect(await visitEveryPage(page)).toEqual(expect.arrayContaining(['Home', 'Invitations']));

    await openMenu(page);
    await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Invitations', exact: true }).click();
    await pageShown(page);
    await page.getByRole('navigation', { name: 'Invitations by status' }).getByRole('link', { name: 'All' }).click();
    await page.getByTestId('invitations').waitFor();
    await expectFitsThePhone(page);
    await page.getByTestId('invitations').getByRole('link').first().click();
    await pageShown(page);
    await expectFitsThePhone(page);
  });

  it.each([
    ['the force manager', 'manager@northshire.police.example'],
    ["the partner's manager", 'manager@harbourlights.example'],
    ["the force's administrator", 'admin@northshire.police.example'],
    ['the platform administrator', 'platform.admin@liaise.example'],
  ])("fits %s's pages to the screen", async (_who, email) => {
    const page = await phonePage();
    await signInAsDemo(page, portal.url, email, { withCode: true });
    expect((await visitEveryPage(page)).length).toBeGreaterThan(1);
  });
});
