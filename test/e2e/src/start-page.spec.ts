import { accessibilityViolations, expectTitle, launchBrowser, type Browser } from '../support/browser.js';
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

describe('the start page', () => {
  it('explains Liaise, shows its landmarks and the demo banner, and passes axe', async () => {
    const page = await browser.newPage();
    await page.goto(`${portal.url}/`);
    await page.getByRole('heading', { level: 1 }).waitFor();

    await expectTitle(page, 'Share notice of operations at sex-working premises – Liaise');
    expect(await page.locator('h1').count()).toBe(1);
    expect(await page.getByRole('banner').count()).toBe(1);
    expect(await page.getByRole('main').count()).toBe(1);
    expect(await page.getByRole('contentinfo').count()).toBe(1);
    expect(await page.locator('[data-principle]').count()).toBe(10);
    await page.getByTestId('demo-banner').waitFor();

    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('href'));
    expect(focused).toBe('#main-content');

    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('links to an accessibility statement that passes axe', async () => {
    const page = await browser.newPage();
    await page.goto(`${portal.url}/`);
    await page.getByRole('link', { name: 'Accessibility statement' }).click();
    await page.waitForURL(`${portal.url}/accessibility`);
    await page.getByRole('heading', { level: 1, name: 'Accessibility statement for Liaise' }).waitFor();
    expect(await page.locator('h1').count()).toBe(1);
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('answers an unknown address with a page not found', async () => {
    const page = await browser.newPage();
    await page.goto(`${portal.url}/no/such/page`);
    await page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
  });
});
