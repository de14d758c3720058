import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { freePort } from '@liaise/api-core';
import { createTestDatabase, eventually, startApi, startSmtpReceiver, type ApiProcess, type SmtpReceiver, type TestDatabase, withClient } from '@liaise/api-testing';
import { useRealTimeAuthenticator } from './support/browser.js';
import { DEMO_ORGANISATION_IDS, demoPerson } from './support/demo.js';
import { signedIn } from './support/sign-in.js';

/**
 * Minimal e-mail and need-to-know, proven on the outputs: an operation whose reference, addresses, briefing
 * point and intelligence reference are planted canary strings goes through its whole life in a real api
 * process that logs at its most verbose; no e-mail, no notification text and no log line may carry any of them.
 */
const CANARIES = {
  reference: 'CANARY-REF-7Q4X',
  address1: 'CANARY-ADDR-1 Kestrel Wharf',
  address2: 'CANARY-ADDR-2 Lantern Street',
  briefingPoint: 'CANARY-BRIEF Gasworks Gate',
  intelligenceReference: 'CANARY-INTEL-55',
};
const CANARY_PATTERN = /CANARY-(REF|ADDR|BRIEF|INTEL)/;

const OFFICER = 'liaison.officer@northshire.police.example';
const HARBOUR_WORKER = 'outreach.worker@harbourlights.example';
const HARBOUR_MANAGER = 'manager@harbourlights.example';
const SAFE_PASSAGE_WORKER = 'outreach.worker@safepassage.example';
const { harbour: HARBOUR, safePassage: SAFE_PASSAGE } = DEMO_ORGANISATION_IDS;

const OPERATION = `id version state checklist { key }`;

let db: TestDatabase;
let smtp: SmtpReceiver;
let api: ApiProcess;
let dataDir: string;

beforeAll(async () => {
  db = await createTestDatabase();
  smtp = await startSmtpReceiver();
  dataDir = await mkdtemp(path.join(tmpdir(), 'liaise-canary-'));
  api = await startApi({
    DATABASE_URL: db.ownerUrl,
    DATABASE_APP_URL: db.appUrl,
    DEMO_DATA: 'always',
    SMTP_URL: smtp.url,
    LOG_LEVEL: 'trace',
    PORT: String(await freePort()),
    DATA_DIR: dataDir,
  });
  useRealTimeAuthenticator(api.baseUrl);
}, 120_000);

afterAll(async () => {
  await api?.stop();
  await smtp?.close();
  await db?.drop();
  await rm(dataDir, { recursive: true, force: true });
});

it('no e-mail, notification or log line carries an address, the reference or the intelligence', async () => {
  const officer = await signedIn(api.baseUrl, OFFICER);
  const start = new Date(Date.now() + 3 * 24 * 60 * 60 * 1000);
  const { createOperation: created } = await officer.must<{ createOperation: { id: string; version: number; checklist: { key: string }[] } }>(
    `mutation($input: OperationDetailsInput!) { createOperation(input: $input) { ${OPERATION} } }`,
    {
      input: {
        reference: CANARIES.reference,
        type: 'WELFARE_VISIT',
        plannedStart: start.toISOString(),
        expectedDurationMinutes: 120,
        generalArea: 'Port Allen PA1',
        addresses: [CANARIES.address1, CANARIES.address2],
        briefingPoint: CANARIES.briefingPoint,
        expectedPeople: 3,
        expectedLanguages: ['Romanian'],
        dependentsExpected: false,
        mediaDecision: 'NO_MEDIA',
        safeguardingLeadName: 'DS Priya Nair',
        safeguardingLeadRole: 'Detective Sergeant, safeguarding lead',
        officersAttending: 4,
        femaleOfficersAttending: 2,
        interpreterArranged: true,
        proportionalityStatement: 'A welfare visit after concerns from residents; support is the aim.',
        intelligenceReference: CANARIES.intelligenceReference,
      },
    },
  );
  let operation = created;
  operation = (
    await officer.must<{ answerChecklist: typeof created }>(
      `mutation($id: ID!, $version: Int!, $answers: [ChecklistAnswerInput!]!) { answerChecklist(id: $id, version: $version, answers: $answers) { ${OPERATION} } }`,
      { id: operation.id, version: operation.version, answers: operation.checklist.map((item) => ({ key: item.key, answer: 'MET' })) },
    )
  ).answerChecklist;
  operation = (
    await officer.must<{ transitionOperation: typeof created }>(
      `mutation($id: ID!, $version: Int!) { transitionOperation(id: $id, version: $version, action: MARK_READY) { ${OPERATION} } }`,
      { id: operation.id, version: operation.version },
    )
  ).transitionOperation;
  const respondBy = new Date(Date.now() + 24 * 60 * 60 * 1000).toISOString();
  operation = (
    await officer.must<{ notifyPartners: typeof created }>(
      `mutation($id: ID!, $version: Int!, $invitations: [InvitePartnerInput!]!) { notifyPartners(id: $id, version: $version, invitations: $invitations) { ${OPERATION} } }`,
      {
        id: operation.id,
        version: operation.version,
        invitations: [
          { partnerOrganisationId: HARBOUR, respondBy },
          { partnerOrganisationId: SAFE_PASSAGE, respondBy },
        ],
      },
    )
  ).notifyPartners;

  const worker = await signedIn(api.baseUrl, HARBOUR_WORKER);
  const workerId = demoPerson(HARBOUR_WORKER).id;
  const inbox = await worker.must<{ invitations: { items: { id: string; version: number; operation: { id: string } }[] } }>(
    '{ invitations(statuses: [PENDING]) { items { id version operation { id } } } }',
  );
  const harbourInvitation = inbox.invitations.items.find((i) => i.operation.id === operation.id);
  expect(harbourInvitation).toBeDefined();
  await worker.must('mutation($id: ID!, $version: Int!, $attendees: [ID!]!) { acceptInvitation(id: $id, version: $version, attendeeUserIds: $attendees) { id } }', {
    id: harbourInvitation?.id,
    version: harbourInvitation?.version,
    attendees: [workerId],
  });

  const safePassage = await signedIn(api.baseUrl, SAFE_PASSAGE_WORKER);
  const spInbox = await safePassage.must<{ invitations: { items: { id: string; version: number; operation: { id: string } }[] } }>(
    '{ invitations(statuses: [PENDING]) { items { id version operation { id } } } }',
  );
  const spInvitation = spInbox.invitations.items.find((i) => i.operation.id === operation.id);
  await safePassage.must('mutation($id: ID!, $version: Int!) { declineInvitation(id: $id, version: $version, reason: "No worker free that day") { id } }', {
    id: spInvitation?.id,
    version: spInvitation?.version,
  });

  // The details reach the named attendee inside the window (released early here), and only in the portal.
  operation = (
    await officer.must<{ releaseDetailsEarly: typeof created }>(
      `mutation($id: ID!, $version: Int!) { releaseDetailsEarly(id: $id, version: $version, reason: "Briefing moved forward") { ${OPERATION} } }`,
      { id: operation.id, version: operation.version },
    )
  ).releaseDetailsEarly;
  const revealed = await worker.must<{ invitation: { operation: { disclosure: { addresses: string[] } | null } } }>(
    'query($id: ID!) { invitation(id: $id) { operation { disclosure { addresses } } } }',
    { id: harbourInvitation?.id },
  );
  expect(revealed.invitation.operation.disclosure?.addresses).toEqual([CANARIES.address1, CANARIES.address2]);

  await officer.must(`mutation($id: ID!, $version: Int!) { transitionOperation(id: $id, version: $version, action: CANCEL, reason: "Premises empty") { id } }`, {
    id: operation.id,
    version: operation.version,
  });
  // A refusal must not echo what it refused either.
  const refused = await worker.gql('mutation($id: ID!, $version: Int!) { declineInvitation(id: $id, version: $version, reason: "late") { id } }', {
    id: harbourInvitation?.id,
    version: 99,
  });
  expect(refused.errors?.length).toBeGreaterThan(0);
  expect(JSON.stringify(refused)).not.toMatch(CANARY_PATTERN);

  // Every person who was told something: their notifications, as the portal shows them. The force reads its
  // own reference in what its notifications are about, and nothing else of the canaries; partners not even that.
  const texts: string[] = [];
  const NOTIFICATIONS = '{ notifications(first: 100) { items { text link event about { operationId operationReference operationType generalArea forceName partnerName } } } }';
  type Notifications = { notifications: { items: { text: string; link: string; event: string; about: { operationReference: string | null } | null }[] } };
  for (const client of [worker, safePassage, await signedIn(api.baseUrl, HARBOUR_MANAGER)]) {
    const page = await client.must<Notifications>(NOTIFICATIONS);
    texts.push(...page.notifications.items.map((n) => JSON.stringify(n)));
  }
  const forceSide = await officer.must<Notifications>(NOTIFICATIONS);
  expect(forceSide.notifications.items.some((n) => n.about?.operationReference === CANARIES.reference)).toBe(true);
  texts.push(...forceSide.notifications.items.map((n) => JSON.stringify({ ...n, about: n.about === null ? null : { ...n.about, operationReference: 'the force’s own' } })));
  expect(texts.join('\n')).toMatch(/INVITATION_RECEIVED/);
  expect(texts.join('\n')).toMatch(/INVITATION_ACCEPTED/);
  expect(texts.join('\n')).toMatch(/OPERATION_CANCELLED/);

  // The worker sends the e-mails: wait until the outbox has none left to send.
  const unsent = () =>
    withClient(db.superuserUrl, async (client) => Number((await client.query('select count(*) from outbox_message where sent_at is null and failed_at is null')).rows[0].count));
  expect(await eventually(async () => (await unsent()) === 0, 30_000)).toBe(true);
  const mails = smtp.received.map((mail) => mail.raw);
  expect(mails.length).toBeGreaterThan(0);

  const files = await readdir(dataDir, { recursive: true }).catch(() => [] as string[]);
  const written = await Promise.all(files.map((f) => readFile(path.join(dataDir, String(f)), 'utf8').catch(() => '')));

  for (const [what, outputs] of [
    ['notification', texts],
    ['e-mail', mails],
    ['log', [api.stdout(), api.stderr()]],
    ['file under DATA_DIR', written],
  ] as const) {
    for (const output of outputs) {
      const match = CANARY_PATTERN.exec(output);
      if (match) throw new Error(`A ${what} carries ${match[0]}: …${output.slice(Math.max(0, match.index - 200), match.index + 60)}…`);
    }
  }
  // The logs were really written at their most verbose: the check above had something to search.
  expect(api.stdout().length).toBeGreaterThan(1000);
}, 120_000);
