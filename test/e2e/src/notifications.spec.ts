import type { Page, WebSocket } from 'playwright-core';
import { type Browser, checkPage, launchBrowser } from '../support/browser.js';
import { DEMO_PASSWORD, freshDemoCode, signInAsDemo } from '../support/demo.js';
import { startPortal, type Portal } from '../support/portal.js';

const NORTHSHIRE_OFFICER = 'liaison.officer@northshire.police.example';
const SAFE_PASSAGE_WORKER = 'outreach.worker@safepassage.example';
const SAFE_PASSAGE = '0b9c4f7e-1a2b-4c3d-8e5f-000000000005';
const HOUR = 60 * 60_000;

let portal: Portal;
let browser: Browser;
beforeAll(async () => {
  [portal, browser] = await Promise.all([startPortal(), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await portal?.stop();
});

/** GraphQL as another person, straight to the api (their own session, second factor included). */
async function apiSession(email: string) {
  let cookie = '';
  const gql = async <T>(query: string, variables: Record<string, unknown> = {}): Promise<T> => {
    const response = await fetch(`${portal.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const setCookie = response.headers.get('set-cookie');
    if (setCookie) cookie = setCookie.split(';')[0] ?? '';
    const body = (await response.json()) as { data?: T; errors?: unknown[] };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data as T;
  };
  const signedIn = await gql<{ signIn: { secondFactorStep: string } }>(
    'mutation($input: SignInInput!) { signIn(input: $input) { secondFactorStep } }',
    { input: { email, password: DEMO_PASSWORD } },
  );
  if (signedIn.signIn.secondFactorStep === 'ENTER_CODE') {
    await gql('mutation($input: SecondFactorCodeInput!) { verifySecondFactor(input: $input) { user { email } } }', {
      input: { code: await freshDemoCode(email) },
    });
  }
  return gql;
}

/** Resolves once the page's GraphQL WebSocket has asked for a subscription. */
function subscriptionStarted(page: Page): Promise<void> {
  return new Promise((resolve) => {
    const watch = (socket: WebSocket) => {
      socket.on('framesent', ({ payload }) => {
        if (typeof payload === 'string' && payload.includes('"type":"subscribe"')) resolve();
      });
    };
    page.on('websocket', watch);
  });
}

const unreadCount = async (page: Page) => {
  const badge = page.getByRole('banner').getByTestId('unread-count');
  return (await badge.count()) === 0 ? 0 : Number(await badge.textContent());
};

describe('notifications', () => {
  it('arrive live in the header, are listed, and are marked read', async () => {
    const page = await browser.newPage();
    const subscribed = subscriptionStarted(page);
    await signInAsDemo(page, portal.url, SAFE_PASSAGE_WORKER);
    const link = page.getByRole('banner').getByRole('link', { name: /^Notifications/ });
    await link.waitFor();
    await subscribed;
    // The server registers the subscription as it receives it: give it a moment.
    await page.waitForTimeout(500);
    const before = await unreadCount(page);

    // Northshire's officer invites Safe Passage to an operation, through the api, in another session.
    const officer = await apiSession(NORTHSHIRE_OFFICER);
    const { operations } = await officer<{
      operations: { items: { id: string; plannedStart: string; generalArea: string; invitations: { partnerOrganisationId: string }[] }[] };
    }>('{ operations(filter: { states: [PARTNERS_NOTIFIED] }) { items { id plannedStart generalArea invitations { partnerOrganisationId } } } }');
    const operation = operations.items.find(
      (op) => !op.invitations.some((i) => i.partnerOrganisationId === SAFE_PASSAGE) && Date.parse(op.plannedStart) > Date.now() + 2 * HOUR,
    );
    if (operation === undefined) throw new Error('no demo operation to invite Safe Passage to');
    const respondBy = new Date(Math.min(Date.now() + 12 * HOUR, Date.parse(operation.plannedStart) - HOUR)).toISOString();
    const { invitePartner } = await officer<{ invitePartner: { id: string } }>(
      'mutation($id: ID!, $invitation: InvitePartnerInput!) { invitePartner(id: $id, invitation: $invitation) { id } }',
      { id: operation.id, invitation: { partnerOrganisationId: SAFE_PASSAGE, respondBy } },
    );

    // The count goes up without reloading the page, and screen readers are told.
    await page.waitForFunction(
      (expected) => document.querySelector('header [data-testid="unread-count"]')?.textContent === String(expected),
      before + 1,
      { timeout: 15_000 },
    );
    expect(await link.textContent()).toBe(`Notifications ${before + 1} unread`);
    // It names the force and what the partner may see of the operation: never the force's reference, an address or a time.
    const invitedText = new RegExp(`^Northshire Police has invited your organisation to attend an? [a-z ]+ in ${operation.generalArea}\\. It needs an answer\\.$`);
    await page.getByTestId('notification-announcement').getByText('New notification: Northshire Police has invited your organisation').waitFor();
    await checkPage(page, 'Home');

    await link.click();
    await page.waitForURL(`${portal.url}/notifications`);
    const newest = page.getByTestId('notification').first();
    await newest.getByRole('link', { name: invitedText }).waitFor();
    expect(await newest.getByRole('link').textContent()).not.toMatch(/NS-OP-|\d{1,2}(:\d{2})?(am|pm)/);
    expect(await newest.getByRole('link').getAttribute('href')).toBe(`/invitations/${invitePartner.id}`);
    expect(await newest.getByText('Unread', { exact: true }).count()).toBe(1);
    await checkPage(page, 'Notifications');

    await page.getByRole('button', { name: 'Mark all as read' }).click();
    await page.getByRole('alert').getByText('All your notifications are marked as read').waitFor();
    await page.waitForFunction(() => document.querySelector('header [data-testid="unread-count"]') === null);
    expect(await page.getByTestId('notification').first().getByText('Unread', { exact: true }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Mark all as read' }).count()).toBe(0);
    await checkPage(page, 'Notifications');
  });

  it('let each person choose which reach them by e-mail', async () => {
    const page = await browser.newPage();
    await page.goto(`${portal.url}/notifications`);
    await page.getByRole('link', { name: 'Choose which notifications you also get by e-mail' }).click();
    await page.waitForURL(`${portal.url}/notifications/preferences`);
    const choice = page.getByLabel('A force withdraws an invitation to your organisation');
    await choice.waitFor();
    expect(await choice.isChecked()).toBe(true);
    await checkPage(page, 'E-mail notifications');

    await choice.uncheck();
    await page.getByRole('button', { name: 'Save choices' }).click();
    await page.waitForURL(`${portal.url}/notifications`);
    await page.getByRole('alert').getByText('Your e-mail choices have been saved').waitFor();
    await checkPage(page, 'Notifications');

    await page.goto(`${portal.url}/notifications/preferences`);
    await page.getByLabel('A force withdraws an invitation to your organisation').waitFor();
    expect(await page.getByLabel('A force withdraws an invitation to your organisation').isChecked()).toBe(false);
    expect(await page.getByLabel('Your organisation is invited to attend an operation').isChecked()).toBe(true);
  });
});
