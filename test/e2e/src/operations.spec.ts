import type { Page } from 'playwright-core';
import { type Browser, checkPage, launchBrowser } from '../support/browser.js';
import { signInAsDemo } from '../support/demo.js';
import { startPortal, type Portal } from '../support/portal.js';

const OFFICER = 'liaison.officer@northshire.police.example';
const HARBOUR_LIGHTS_WORKER = 'outreach.worker@harbourlights.example';
const SAFE_PASSAGE_WORKER = 'outreach.worker@safepassage.example';
/** Made up for this journey, so its invitation stands out among the demo's. */
const REFERENCE = 'NS-E2E-0001';
const GENERAL_AREA = 'Eastgate EG9';
const ADDRESS = 'Flat 3, 27 Tannery Row, Eastgate EG9 2LP';

let portal: Portal;
let officerBrowser: Browser;
let workerBrowser: Browser;
/** The officer's operation page, left open while the worker answers: the answer must arrive without a reload. */
let operationPage: Page;
let operationUrl: string;

beforeAll(async () => {
  // One browser each, each with its own session: the force's liaison officer and the project's outreach worker.
  [portal, officerBrowser, workerBrowser] = await Promise.all([startPortal(), launchBrowser(), launchBrowser()]);
});
afterAll(async () => {
  await officerBrowser?.close();
  await workerBrowser?.close();
  await portal?.stop();
});

/** The UK day `days` from now, as the fields of a date input and as GOV.UK writes it. */
function ukDay(days: number): { day: string; month: string; year: string; long: string } {
  const date = new Date(Date.now() + days * 86_400_000);
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', day: 'numeric', month: 'numeric', year: 'numeric' }).formatToParts(date);
  const field = (type: string) => parts.find((part) => part.type === type)?.value ?? '';
  const long = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' })
    .formatToParts(date)
    .filter((part) => part.type !== 'literal')
    .map((part) => part.value)
    .join(' ');
  return { day: field('day'), month: field('month'), year: field('year'), long };
}

const START = ukDay(5);

describe('planning an operation and inviting partners', () => {
  it("shows a worker whose project has nothing to answer an empty inbox", async () => {
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      await signInAsDemo(page, portal.url, SAFE_PASSAGE_WORKER);
      await page.getByRole('banner').getByRole('link', { name: 'Invitations' }).click();
      await page.waitForURL(`${portal.url}/invitations`);
      await page.getByTestId('invitations-empty').getByText('No invitations are waiting for your organisation’s answer.').waitFor();
      await checkPage(page, 'Invitations');
    } finally {
      await browser.close();
    }
  });

  it('is created by a liaison officer through the step-by-step form', async () => {
    const page = await officerBrowser.newPage();
    await signInAsDemo(page, portal.url, OFFICER, { withCode: true });
    await page.getByRole('banner').getByRole('link', { name: 'Operations' }).click();
    await page.waitForURL(`${portal.url}/operations`);
    await page.getByTestId('operations').getByRole('link', { name: 'NS-OP-2026-141' }).waitFor();
    await checkPage(page, 'Operations');

    await page.getByRole('button', { name: 'Create an operation' }).click();
    await page.waitForURL(`${portal.url}/operations/new`);
    await page.getByLabel('Reference', { exact: true }).waitFor();
    await checkPage(page, 'Operation details');

    // Nothing filled in: every field is asked for, each error linked to its field.
    await page.getByRole('button', { name: 'Save and continue' }).click();
    const summary = page.locator('.govuk-error-summary');
    await summary.getByRole('link', { name: 'Enter the reference' }).waitFor();
    await summary.getByRole('link', { name: 'Enter the proportionality statement' }).waitFor();
    await checkPage(page, 'Error: Operation details');

    await page.getByLabel('Reference', { exact: true }).fill(REFERENCE);
    await page.getByLabel('Welfare visit').check();
    const start = page.getByRole('group', { name: 'Planned start' });
    await start.getByLabel('Day').fill(START.day);
    await start.getByLabel('Month').fill(START.month);
    await start.getByLabel('Year').fill(START.year);
    await start.getByLabel('Time').fill('06:30');
    const duration = page.getByRole('group', { name: 'Expected duration' });
    await duration.getByLabel('Hours').fill('2');
    await duration.getByLabel('Minutes').fill('30');
    await page.getByLabel('General area').fill(GENERAL_AREA);
    await page.getByLabel('Address 1').fill(ADDRESS);
    await page.getByRole('button', { name: 'Add another address' }).click();
    await page.getByLabel('Address 2').fill('Flat 4, 27 Tannery Row, Eastgate EG9 2LP');
    await page.getByLabel('Briefing point (optional)').fill('Eastgate police station yard');
    await page.getByLabel('Expected number of people at the premises').fill('5');
    await page.getByLabel('Expected languages (optional)').fill('Romanian, Thai');
    await page.getByRole('group', { name: 'Are dependents or family expected?' }).getByLabel('Yes').check();
    await page.getByLabel('What arrangements have been made for them?').fill('Children’s services on call; a family room at the station.');
    await page.getByLabel('No media').check();
    await page.getByLabel('Safeguarding lead’s name').fill('DS Alex Reed');
    await page.getByLabel('Safeguarding lead’s role').fill('Detective Sergeant, safeguarding');
    await page.getByLabel('Officers attending', { exact: true }).fill('4');
    await page.getByLabel('Female officers attending').fill('2');
    await page.getByRole('group', { name: 'Is an interpreter arranged?' }).getByLabel('Yes').check();
    await page.getByLabel('Proportionality statement').fill('A welfare visit after partners raised concerns about control. No arrests are planned.');
    await page.getByRole('button', { name: 'Save and continue' }).click();

    await page.waitForURL(/\/operations\/[0-9a-f-]{36}\/edit\/checklist$/);
    await page.getByRole('heading', { name: 'Readiness checklist' }).waitFor();
    await page.locator('.govuk-notification-banner--success').getByText('The operation has been created as a draft.').waitFor();
    await checkPage(page, 'Readiness checklist');

    // Every item met, but one not applicable: its reason revealed under the answer.
    const items = page.locator('form fieldset');
    await items.nth(9).waitFor();
    const count = await items.count();
    expect(count).toBeGreaterThanOrEqual(10);
    for (let index = 0; index < count; index += 1) await items.nth(index).getByLabel('Met', { exact: true }).check();
    const plan = page.getByRole('group', { name: 'Part of a longer-term plan' });
    await plan.getByLabel('Not applicable').check();
    await plan.getByLabel('Reason').fill('A one-off welfare visit; the area plan is being agreed with partners.');
    await page.getByRole('button', { name: 'Save and continue' }).click();

    await page.waitForURL(/\/edit\/partners$/);
    await page.getByRole('heading', { name: 'Partners to invite' }).waitFor();
    await page.getByLabel('Harbour Lights Project').check();
    await page.getByLabel('Safe Passage MSHT Service').check();
    await page.getByRole('group', { name: 'Answer needed by' }).first().waitFor();
    await checkPage(page, 'Partners to invite');
    await page.getByRole('button', { name: 'Continue' }).click();

    await page.waitForURL(/\/edit\/review\?/);
    await page.getByRole('heading', { name: 'Check your answers before notifying partners' }).waitFor();
    await page.getByTestId('review-partners').getByRole('term').filter({ hasText: 'Harbour Lights Project' }).waitFor();
    await page.getByTestId('review-partners').getByRole('term').filter({ hasText: 'Safe Passage MSHT Service' }).waitFor();
    await page.getByTestId('review-details').getByText(ADDRESS).waitFor();
    await page.getByTestId('review-officers').getByText('No one from your force is named yet.').waitFor();
    await checkPage(page, 'Check your answers before notifying partners');

    await page.getByRole('button', { name: 'Mark ready' }).click();
    await page.locator('.govuk-notification-banner--success').getByText('The operation is ready.').waitFor();
    await page.getByRole('button', { name: 'Notify partners' }).click();

    await page.waitForURL(/\/operations\/[0-9a-f-]{36}$/);
    operationUrl = page.url();
    await page.locator('.govuk-notification-banner--success').getByText('Partners have been notified and invited.').waitFor();
    await expect(page.getByTestId('operation-state').textContent()).resolves.toBe('Partners notified');
    const invitations = page.getByTestId('invitations');
    await invitations.getByRole('row', { name: /Harbour Lights Project/ }).getByText('Awaiting answer').waitFor();
    await invitations.getByRole('row', { name: /Safe Passage MSHT Service/ }).getByText('Awaiting answer').waitFor();
    await checkPage(page, `Operation ${REFERENCE}`);
    operationPage = page;
  });

  it('is accepted by an outreach worker of an invited project, naming who will attend', async () => {
    const page = await workerBrowser.newPage();
    await signInAsDemo(page, portal.url, HARBOUR_LIGHTS_WORKER);
    await page.getByRole('banner').getByRole('link', { name: 'Invitations' }).click();
    await page.waitForURL(`${portal.url}/invitations`);
    const row = page.getByTestId('invitations').getByRole('row', { name: new RegExp(GENERAL_AREA) });
    await row.waitFor();
    await checkPage(page, 'Invitations');

    const heading = `Welfare visit on ${START.long}`;
    await row.getByRole('link', { name: heading }).click();
    await page.getByRole('heading', { name: heading }).waitFor();
    await expect(page.getByTestId('invitation-status').textContent()).resolves.toBe('Awaiting answer');
    // Before accepting, and before the disclosure time: the day and the general area, never the address or the time.
    await page.getByTestId('exact-details').getByText('appear here for the people your organisation names to attend').waitFor();
    expect(await page.locator('main').textContent()).not.toContain('Tannery Row');
    expect(await page.locator('main').textContent()).not.toContain('6:30');
    expect(await page.locator('main').textContent()).not.toContain(REFERENCE);
    await checkPage(page, heading);

    await page.getByLabel('Yes, we will attend').check();
    await page.getByRole('checkbox', { name: /Sam Rivers/ }).check();
    await checkPage(page, heading);
    await page.getByRole('button', { name: 'Send your answer' }).click();
    await page.locator('.govuk-notification-banner--success').getByText('You have accepted the invitation.').waitFor();
    await page.getByTestId('invitation-status').getByText('Accepted').waitFor();
    await checkPage(page, heading);
  });

  it("appears on the officer's open operation page without reloading it", async () => {
    expect(operationPage.url()).toBe(operationUrl);
    const harbourLights = operationPage.getByTestId('invitations').getByRole('row', { name: /Harbour Lights Project/ });
    await harbourLights.getByText('Accepted').waitFor({ timeout: 30_000 });
    await harbourLights.getByText('Sam Rivers').waitFor();
    await operationPage.getByTestId('invitations').getByRole('row', { name: /Safe Passage MSHT Service/ }).getByText('Awaiting answer').waitFor();
    await checkPage(operationPage, `Operation ${REFERENCE}`);
  });

  it('names the force’s own officers attending, flagging anyone without current MSHT training', async () => {
    const page = operationPage;
    await page.getByRole('link', { name: 'Name the officers attending' }).click();
    await page.waitForURL(`${operationUrl}/officers`);
    const group = page.getByRole('group', { name: 'Who from your force will attend?' });
    await group.getByRole('checkbox', { name: /PC Lee Oakes/ }).waitFor();
    // Alex Admin's MSHT course has expired: flagged while choosing.
    await group.getByRole('checkbox', { name: /Alex Admin/ }).waitFor();
    expect(await group.locator('.govuk-checkboxes__item', { hasText: 'Alex Admin' }).getByText('MSHT training not current').count()).toBe(1);
    expect(await group.locator('.govuk-checkboxes__item', { hasText: 'PC Lee Oakes' }).getByText('MSHT training not current').count()).toBe(0);
    await checkPage(page, 'Officers attending');

    // The checklist answered MSHT training as met: naming Alex Admin would make that untrue.
    await group.getByRole('checkbox', { name: /PC Lee Oakes/ }).check();
    await group.getByRole('checkbox', { name: /Alex Admin/ }).check();
    await page.getByRole('button', { name: 'Save officers' }).click();
    await page.locator('.govuk-error-summary').getByRole('link', { name: /^The checklist answers “MSHT training” as met/ }).waitFor();
    await checkPage(page, 'Error: Officers attending');

    await group.getByRole('checkbox', { name: /Alex Admin/ }).uncheck();
    await page.getByRole('button', { name: 'Save officers' }).click();
    await page.waitForURL(operationUrl);
    await page.locator('.govuk-notification-banner--success').getByText('The officers named to attend have been saved.').waitFor();
    const named = page.getByTestId('named-officers');
    await named.getByText('PC Lee Oakes').waitFor();
    expect(await named.getByRole('listitem').count()).toBe(1);
    expect(await named.getByText('MSHT training not current').count()).toBe(0);
    await checkPage(page, `Operation ${REFERENCE}`);
  });

  it('releases the exact details early, keeping who, when and why in the operation’s history', async () => {
    const page = operationPage;
    await page.getByRole('link', { name: 'Release the exact details early' }).click();
    await page.waitForURL(`${operationUrl}/release`);
    await checkPage(page, 'Release the exact details early');
    await page.getByLabel('Why are the details being released early?').fill('The project needs a day to arrange interpreters');
    await page.getByRole('button', { name: 'Release the details' }).click();
    await page.waitForURL(operationUrl);
    await page.locator('.govuk-notification-banner--success').getByText('The exact details are released to the named attendees of accepting partners.').waitFor();
    const release = page.getByTestId('history').getByRole('row', { name: /Exact details released early/ });
    await release.getByText('PC Lee Oakes').waitFor();
    await release.getByText('The project needs a day to arrange interpreters').waitFor();
    await checkPage(page, `Operation ${REFERENCE}`);
  });

  it('flags a named officer without current MSHT training on the operation’s page', async () => {
    const page = await officerBrowser.newPage();
    // The demo's warrant in Port Allen names Alex Admin, whose MSHT course has expired.
    await page.goto(`${portal.url}/operations/0e7a71c3-5d2e-4f10-9b6c-000000000003`);
    const named = page.getByTestId('named-officers');
    await named.getByText('Alex Admin').waitFor();
    expect(await named.getByRole('listitem').filter({ hasText: 'Alex Admin' }).getByText('MSHT training not current').count()).toBe(1);
    expect(await named.getByRole('listitem').filter({ hasText: 'PC Lee Oakes' }).getByText('MSHT training not current').count()).toBe(0);
    await page.getByText('Someone named has no current MSHT training').waitFor();
    await checkPage(page, 'Operation NS-OP-2026-135');
  });

  it('shows the named attendee the exact details', async () => {
    const page = await workerBrowser.newPage();
    await page.goto(`${portal.url}/invitations`);
    await page.getByRole('link', { name: 'Accepted' }).click();
    await page.waitForURL(`${portal.url}/invitations?show=accepted`);
    const row = page.getByTestId('invitations').getByRole('row', { name: /Kingsbridge KB2/ });
    await row.waitFor();
    await checkPage(page, 'Invitations');
    await row.getByRole('link').click();
    await page.getByTestId('exact-details').getByText('Addresses').waitFor();
    await page.getByRole('link', { name: 'Withdraw your acceptance' }).waitFor();
    expect(await page.getByTestId('invitation-status').textContent()).toBe('Accepted');
    await checkPage(page, (await page.locator('h1').textContent()) ?? '');
  });
});

describe("the force's other operation pages", () => {
  it('filters the list by state and shows an operation in each part of its life', async () => {
    const page = await officerBrowser.newPage();
    await page.goto(`${portal.url}/operations`);
    await page.getByTestId('operations').waitFor();
    await page.getByRole('group', { name: 'State' }).getByLabel('Completed').check();
    await page.getByRole('button', { name: 'Apply filter' }).click();
    await page.waitForURL(`${portal.url}/operations?state=COMPLETED`);
    await page.getByText('1 operation', { exact: true }).waitFor();
    await checkPage(page, 'Operations');

    await page.getByTestId('operations').getByRole('link', { name: 'NS-OP-2026-120' }).click();
    await page.getByRole('heading', { name: 'Operation NS-OP-2026-120' }).waitFor();
    await page.getByTestId('invitations').getByRole('row', { name: /Safe Passage MSHT Service/ }).getByText('Declined').waitFor();
    await checkPage(page, 'Operation NS-OP-2026-120');
    await page.getByRole('link', { name: 'Record who attended' }).click();
    await page.getByLabel('How many of your force’s officers attended?').waitFor();
    await checkPage(page, 'Record who attended');

    await page.goto(`${portal.url}/operations`);
    await page.getByTestId('operations').getByRole('link', { name: 'NS-OP-2026-141' }).click();
    await page.getByRole('heading', { name: 'Operation NS-OP-2026-141' }).waitFor();
    await page.getByTestId('checklist').waitFor();
    await checkPage(page, 'Operation NS-OP-2026-141');
    await page.getByRole('link', { name: 'Cancel the operation' }).click();
    await page.getByRole('button', { name: 'Cancel the operation' }).click();
    await page.locator('.govuk-error-summary').getByRole('link', { name: 'Enter the reason' }).waitFor();
    await checkPage(page, 'Error: Cancel the operation');
  });

  it("lets the force's administrator add its own checklist item", async () => {
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      await signInAsDemo(page, portal.url, 'admin@northshire.police.example', { withCode: true });
      await page.goto(`${portal.url}/operations/checklist-items`);
      await page.getByTestId('checklist-items').getByText('Professional conduct briefing').waitFor();
      await checkPage(page, 'Readiness checklist items');
      await page.getByLabel('Title', { exact: true }).fill('Interpreter briefed');
      await page.getByLabel('What it asks').fill('The interpreter is briefed on the operation and on trauma-informed language.');
      await page.getByRole('button', { name: 'Add the item' }).click();
      await page.locator('.govuk-notification-banner--success').getByText('“Interpreter briefed” will be asked of new operations.').waitFor();
      await page.getByTestId('checklist-items').getByRole('button', { name: /Stop asking\s+“Interpreter briefed”/ }).waitFor();
      await checkPage(page, 'Readiness checklist items');
    } finally {
      await browser.close();
    }
  });
});
