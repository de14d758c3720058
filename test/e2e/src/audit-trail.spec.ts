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

describe('the audit trail page', () => {
  it('shows a manager their organisation\'s sign-ins, filters them, and passes axe', async () => {
    const page = await browser.newPage();
    await signInAsDemo(page, portal.url, 'manager@harbourlights.example', { withCode: true });

    await page.getByRole('link', { name: 'Audit trail' }).click();
    await page.getByRole('heading', { level: 1, name: 'Audit trail' }).waitFor();
    const table = page.getByTestId('audit-entries');
    await table.waitFor();
    await expect(table.getByRole('cell', { name: 'Signed in' }).first().textContent()).resolves.toBe('Signed in');
    await expect(table.getByRole('cell', { name: 'Ruth Adeyemi' }).first().textContent()).resolves.toBe('Ruth Adeyemi');
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByLabel('Event').selectOption('auth.two-factor-enrolled');
    await page.getByRole('button', { name: 'Show entries' }).click();
    await page.getByTestId('audit-empty').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('names operation events in plain words: a reveal of exact details to a named attendee is on the partner’s trail', async () => {
    // Harbour Lights' worker opens the demo's welfare visit, inside its disclosure window, as its named attendee.
    await browser.context.clearCookies();
    const worker = await browser.newPage();
    await signInAsDemo(worker, portal.url, 'outreach.worker@harbourlights.example');
    await worker.goto(`${portal.url}/invitations/1a7e0c55-2b3d-4c4e-8f5a-000000000403`);
    await worker.getByTestId('exact-details').getByText('Addresses').waitFor();

    await browser.context.clearCookies();
    const page = await browser.newPage();
    await signInAsDemo(page, portal.url, 'manager@harbourlights.example', { withCode: true });
    await page.goto(`${portal.url}/audit`);
    await page.getByLabel('Event').selectOption({ label: 'Exact details shown to a named attendee' });
    await page.getByRole('button', { name: 'Show entries' }).click();
    const row = page.getByTestId('audit-entries').getByRole('row', { name: /Sam Rivers/ }).first();
    await row.getByRole('cell', { name: 'Exact details shown to a named attendee' }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('shows the force the same reveal as done by someone from the partner organisation, never by name', async () => {
    await browser.context.clearCookies();
    const page = await browser.newPage();
    await signInAsDemo(page, portal.url, 'manager@northshire.police.example', { withCode: true });
    await page.goto(`${portal.url}/audit`);
    await page.getByLabel('Event').selectOption({ label: 'Exact details shown to a named attendee' });
    await page.getByRole('button', { name: 'Show entries' }).click();
    const row = page.getByTestId('audit-entries').getByRole('row', { name: /Exact details shown to a named attendee/ }).first();
    await row.getByRole('cell', { name: 'Someone from Harbour Lights Project' }).waitFor();
    expect(await page.getByTestId('audit-entries').getByText('Sam Rivers').count()).toBe(0);
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('writes an invitation’s entry in plain words: the operation’s reference, the partner’s name, the answer-by time in UK time', async () => {
    // Northshire's officer invites Safe Passage to the demo's welfare visit later today (straight to the api, as the page would).
    await browser.context.clearCookies();
    const officer = await browser.newPage();
    await signInAsDemo(officer, portal.url, 'liaison.officer@northshire.police.example', { withCode: true });
    const invited = await officer.evaluate(async () => {
      const gql = async (query: string, variables: Record<string, unknown> = {}) =>
        (await (await fetch('/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) })).json()) as {
          data?: Record<string, unknown>;
          errors?: unknown[];
        };
      const id = '0e7a71c3-5d2e-4f10-9b6c-000000000004';
      const { data } = await gql('query($id: ID!) { operation(id: $id) { plannedStart } }', { id });
      const start = Date.parse((data?.['operation'] as { plannedStart: string }).plannedStart);
      const respondBy = new Date(Math.min(Date.now() + 2 * 3_600_000, start - 3_600_000)).toISOString();
      return gql('mutation($id: ID!, $invitation: InvitePartnerInput!) { invitePartner(id: $id, invitation: $invitation) { id } }', {
        id,
        invitation: { partnerOrganisationId: '0b9c4f7e-1a2b-4c3d-8e5f-000000000005', respondBy },
      });
    });
    expect(invited.errors).toBeUndefined();

    await browser.context.clearCookies();
    const page = await browser.newPage();
    await signInAsDemo(page, portal.url, 'manager@northshire.police.example', { withCode: true });
    await page.goto(`${portal.url}/audit`);
    await page.getByLabel('Event').selectOption({ label: 'Invitation to an operation sent' });
    await page.getByRole('button', { name: 'Show entries' }).click();
    const row = page.getByTestId('audit-entries').getByRole('row', { name: /PC Lee Oakes/ }).first();
    const details = row.getByRole('cell').last();
    await details.getByText('NS-OP-2026-133').waitFor();
    const lines = await details.getByRole('listitem').allTextContents();
    expect(lines).toEqual([
      'Operation: NS-OP-2026-133',
      'Partner: Safe Passage MSHT Service',
      expect.stringMatching(/^Answer needed by: \d{1,2} [A-Z][a-z]+ \d{4}, (\d{1,2}(:\d{2})?(am|pm)|midday|midnight)$/),
    ]);
    // No raw key, id or ISO time anywhere on the trail's page.
    const text = (await page.getByTestId('audit-entries').textContent()) ?? '';
    expect(text).not.toMatch(/operationId|respondBy|partnerOrganisationId|[0-9a-f]{8}-[0-9a-f]{4}-|\d{4}-\d{2}-\d{2}T/);
    expect(await row.getByRole('rowheader').textContent()).toMatch(/^\d{1,2} [A-Z][a-z]+ \d{4}, (\d{1,2}(:\d{2})?(am|pm)|midday|midnight)$/);
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('is not in an outreach worker\'s menu and answers them with page not found', async () => {
    await browser.context.clearCookies();
    const page = await browser.newPage();
    await signInAsDemo(page, portal.url, 'outreach.worker@harbourlights.example');
    // The menu is drawn once the api has said who is signed in: count its links only after that.
    await page.getByRole('banner').getByRole('link', { name: 'Your account' }).waitFor();
    expect(await page.getByRole('banner').getByRole('link', { name: 'Audit trail' }).count()).toBe(0);
    await page.goto(`${portal.url}/audit`);
    await page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();
  });
});
