import { createReadyOperation, transition, type OperationSummary } from './support/operations.js';
import { DEMO_ORGANISATION_IDS, demoPerson } from './support/demo.js';
import { type GqlResult } from './support/graphql.js';
import { SignedInPeople } from './support/sign-in.js';
import { startTestApp, type TestApp } from './support/test-app.js';

/**
 * Staged disclosure: the exact addresses, start time and briefing point of an operation reach the named
 * attendees of accepting partners only, from the disclosure time (or an early release), and each reveal is
 * audited. Addresses and the briefing point are planted canary strings, and whole answers are searched.
 */
const { northshire, harbour, safePassage } = DEMO_ORGANISATION_IDS;

const NORTHSHIRE_OFFICER = 'liaison.officer@northshire.police.example';
const HARBOUR_WORKER = 'outreach.worker@harbourlights.example';
const HARBOUR_MANAGER = 'manager@harbourlights.example';
const HARBOUR_ADMIN = 'admin@harbourlights.example';
const SAFE_PASSAGE_WORKER = 'outreach.worker@safepassage.example';
const SAFE_PASSAGE_ADMIN = 'admin@safepassage.example';
const OPEN_DOOR_WORKER = 'outreach.worker@opendoor.example';
const OPEN_DOOR_ADMIN = 'admin@opendoor.example';
const WESTMERE_OFFICER = 'liaison.officer@westmere.police.example';
const WESTMERE_ADMIN = 'admin@westmere.police.example';

/** Every partner user, and users of other organisations: none but a named attendee may ever see the details. */
const PARTNER_AND_OTHER_USERS = [
  HARBOUR_WORKER,
  HARBOUR_MANAGER,
  HARBOUR_ADMIN,
  SAFE_PASSAGE_WORKER,
  SAFE_PASSAGE_ADMIN,
  OPEN_DOOR_WORKER,
  OPEN_DOOR_ADMIN,
  WESTMERE_OFFICER,
  WESTMERE_ADMIN,
];

const HOUR = 3_600_000;
const MINUTE = 60_000;

const DISCLOSURE = 'disclosure { plannedStart addresses briefingPoint }';
const INVITATION = `id status version partnerOrganisationId attendees { userId name }
  operation { id type state plannedDay generalArea proportionalityStatement ${DISCLOSURE} }`;
const ONE = `query($id: ID!) { invitation(id: $id) { ${INVITATION} } }`;
const INBOX = `query { invitations(first: 20) { totalCount items { ${INVITATION} } } }`;
const OPERATION = 'query($id: ID!) { operation(id: $id) { id reference plannedStart addresses briefingPoint } }';
const OPERATIONS = 'query { operations(first: 20) { items { id reference plannedStart addresses briefingPoint } } }';
const NOTIFICATIONS = 'query { notifications(first: 20) { items { event text link } } }';
const NOTIFY = `mutation($id: ID!, $version: Int!, $invitations: [InvitePartnerInput!]!) {
  notifyPartners(id: $id, version: $version, invitations: $invitations) { id version invitations { ${INVITATION} } } }`;
const ACCEPT = `mutation($id: ID!, $version: Int!, $attendeeUserIds: [ID!]!) {
  acceptInvitation(id: $id, version: $version, attendeeUserIds: $attendeeUserIds) { id status version } }`;
const DECLINE = `mutation($id: ID!, $version: Int!, $reason: String!) { declineInvitation(id: $id, version: $version, reason: $reason) { id status } }`;
const RELEASE = `mutation($id: ID!, $version: Int!, $reason: String!) { releaseDetailsEarly(id: $id, version: $version, reason: $reason) { id version disclosureAt releasedEarlyAt } }`;

interface InvitationView {
  id: string;
  status: string;
  version: number;
  partnerOrganisationId: string;
  operation: { id: string; disclosure: { plannedStart: string; addresses: string[]; briefingPoint: string | null } | null };
}

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const people = new SignedInPeople(() => t);

/** How many reveals of this operation's details are on each organisation's trail. */
async function reveals(operationId: string): Promise<Record<string, number>> {
  const rows = await t.sql<{ organisation_id: string; n: number }>(
    `select organisation_id, count(*)::int as n from audit_entry
      where action = 'operation.details-disclosed' and subject_type = 'operation' and subject_id = $1 group by organisation_id`,
    [operationId],
  );
  return Object.fromEntries(rows.map((row) => [row.organisation_id, row.n]));
}

interface Planted {
  operation: OperationSummary;
  canaries: string[];
  harbourInvitation: InvitationView;
  safePassageInvitation: InvitationView;
}

let serial = 0;
/**
 * A Northshire operation whose addresses and briefing point are canary strings, starting at an odd minute
 * of its own (so its exact start time is a canary too); Harbour Lights and Safe Passage invited; Harbour Lights accepts
 * naming only its outreach worker; Safe Passage declines.
 */
async function plant(startsInHours: number): Promise<Planted> {
  serial += 1;
  const addresses = [`CANARY-DISC-${serial}-ADDR-A Heron Quay`, `CANARY-DISC-${serial}-ADDR-B Lark Row`];
  const briefingPoint = `CANARY-DISC-${serial}-BRIEF Old Mill Gate`;
  const plannedStart = new Date(Math.floor((t.clock.now().getTime() + startsInHours * HOUR) / MINUTE) * MINUTE + (17 + serial) * MINUTE);
  const ready = await createReadyOperation(await people.as(NORTHSHIRE_OFFICER), t.clock, {
    plannedStart: plannedStart.toISOString(),
    addresses,
    briefingPoint,
  });
  const respondBy = new Date(t.clock.now().getTime() + 6 * HOUR).toISOString();
  const sent = await people.must<{ notifyPartners: { id: string; version: number; invitations: InvitationView[] } }>(NORTHSHIRE_OFFICER, NOTIFY, {
    id: ready.id,
    version: ready.version,
    invitations: [
      { partnerOrganisationId: harbour, respondBy },
      { partnerOrganisationId: safePassage, respondBy },
    ],
  });
  const harbourInvitation = sent.notifyPartners.invitations.find((i) => i.partnerOrganisationId === harbour) as InvitationView;
  const safePassageInvitation = sent.notifyPartners.invitations.find((i) => i.partnerOrganisationId === safePassage) as InvitationView;
  await people.must(HARBOUR_WORKER, ACCEPT, { id: harbourInvitation.id, version: harbourInvitation.version, attendeeUserIds: [demoPerson(HARBOUR_WORKER).id] });
  await people.must(SAFE_PASSAGE_WORKER, DECLINE, { id: safePassageInvitation.id, version: safePassageInvitation.version, reason: 'No worker free' });
  const operation = (
    await people.must<{ operation: OperationSummary }>(NORTHSHIRE_OFFICER, 'query($id: ID!) { operation(id: $id) { id version state plannedStart disclosureAt checklist { key answer } } }', {
      id: ready.id,
    })
  ).operation;
  return { operation, canaries: [...addresses, briefingPoint, plannedStart.toISOString()], harbourInvitation, safePassageInvitation };
}

/** Every answer `email` gets about the planted operation, through every query that could carry the details. */
async function everything(email: string, planted: Planted): Promise<GqlResult<unknown>[]> {
  // Every one of these users may read invitations: the inbox must answer (an error would hide nothing).
  const inbox = await people.gql<{ invitations: { items: { id: string }[] } }>(email, INBOX);
  expect({ email, errors: inbox.errors ?? null }).toEqual({ email, errors: null });
  const mine = email.endsWith('@harbourlights.example') ? planted.harbourInvitation.id : email.endsWith('@safepassage.example') ? planted.safePassageInvitation.id : null;
  if (mine !== null) expect(inbox.data?.invitations.items.map((i) => i.id)).toContain(mine);
  return [
    inbox,
    await people.gql(email, ONE, { id: planted.harbourInvitation.id }),
    await people.gql(email, ONE, { id: planted.safePassageInvitation.id }),
    await people.gql(email, OPERATION, { id: planted.operation.id }),
    await people.gql(email, OPERATIONS),
    await people.gql(email, NOTIFICATIONS),
  ];
}

function expectNoCanary(email: string, answers: readonly GqlResult<unknown>[], canaries: readonly string[]): void {
  const text = JSON.stringify(answers);
  for (const canary of canaries) expect({ email, leaked: text.includes(canary) ? canary : null }).toEqual({ email, leaked: null });
}

describe('before the disclosure time', () => {
  it('no partner user, not even the named attendee, gets the addresses, start time or briefing point through any query', async () => {
    const planted = await plant(36);
    for (const email of PARTNER_AND_OTHER_USERS) {
      const answers = await everything(email, planted);
      expectNoCanary(email, answers, planted.canaries);
      // No Operation is reachable for a partner or another force.
      const [, , , operation, operations] = answers as [unknown, unknown, unknown, GqlResult<{ operation: unknown }>, GqlResult<{ operations: { items: { id: string }[] } }>];
      expect(operations.errors?.[0]?.extensions?.code ?? null).toBe(email.startsWith('manager@') || email.startsWith('admin@') || email.startsWith('liaison.officer@') ? null : 'NOT_FOUND');
      expect(operation.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      expect(operations.data?.operations.items.map((o) => o.id) ?? []).not.toContain(planted.operation.id);
    }
    const named = await people.must<{ invitation: InvitationView }>(HARBOUR_WORKER, ONE, { id: planted.harbourInvitation.id });
    expect(named.invitation.status).toBe('ACCEPTED');
    expect(named.invitation.operation.disclosure).toBeNull();
    expect(await reveals(planted.operation.id)).toEqual({});
  });
});

describe('after the disclosure time', () => {
  let planted: Planted;
  beforeAll(async () => {
    planted = await plant(30);
    // Past the disclosure time (12 hours before the start), before the start.
    t.clock.advance(20 * HOUR);
  });

  it('the named attendee of the accepting partner sees them, and each reveal is audited once on both trails', async () => {
    const first = await people.must<{ invitation: InvitationView }>(HARBOUR_WORKER, ONE, { id: planted.harbourInvitation.id });
    expect(first.invitation.operation.disclosure).toEqual({
      plannedStart: planted.canaries[3],
      addresses: planted.canaries.slice(0, 2),
      briefingPoint: planted.canaries[2],
    });
    expect(await reveals(planted.operation.id)).toEqual({ [harbour]: 1, [northshire]: 1 });

    const inbox = await people.must<{ invitations: { items: InvitationView[] } }>(HARBOUR_WORKER, INBOX);
    const listed = inbox.invitations.items.find((i) => i.id === planted.harbourInvitation.id) as InvitationView;
    expect(listed.operation.disclosure?.addresses).toEqual(planted.canaries.slice(0, 2));
    expect(await reveals(planted.operation.id)).toEqual({ [harbour]: 2, [northshire]: 2 });

    // Asking without the details reveals nothing and records nothing.
    await people.must(HARBOUR_WORKER, `query($id: ID!) { invitation(id: $id) { id status operation { generalArea } } }`, { id: planted.harbourInvitation.id });
    expect(await reveals(planted.operation.id)).toEqual({ [harbour]: 2, [northshire]: 2 });

    const entry = await t.sql<{ actor_user_id: string; actor_organisation_id: string; detail: Record<string, unknown> }>(
      "select actor_user_id, actor_organisation_id, detail from audit_entry where action = 'operation.details-disclosed' and subject_id = $1 limit 1",
      [planted.operation.id],
    );
    expect(entry[0]).toMatchObject({ actor_user_id: demoPerson(HARBOUR_WORKER).id, actor_organisation_id: harbour });
    expectNoCanary('audit detail', [entry as unknown as GqlResult<unknown>], planted.canaries);
  });

  it('audits one reveal per operation per request, however many times the request asks for the details', async () => {
    const before = await reveals(planted.operation.id);
    // As many aliases as a request may have, the inbox (with the same operation) among them.
    const aliases = Array.from({ length: 14 }, (_, i) => `a${i}: invitation(id: $id) { operation { ${DISCLOSURE} } }`).join(' ');
    const many = await people.gql<Record<string, InvitationView>>(HARBOUR_WORKER, `query($id: ID!) { ${aliases} inbox: invitations(first: 20) { items { operation { ${DISCLOSURE} } } } }`, {
      id: planted.harbourInvitation.id,
    });
    expect(many.errors).toBeUndefined();
    expect(Object.keys(many.data ?? {})).toHaveLength(15);
    expect(many.data?.['a13']?.operation.disclosure?.addresses).toEqual(planted.canaries.slice(0, 2));
    expect(await reveals(planted.operation.id)).toEqual({ [harbour]: (before[harbour] ?? 0) + 1, [northshire]: (before[northshire] ?? 0) + 1 });

    // The next request is a read of its own.
    await people.must(HARBOUR_WORKER, ONE, { id: planted.harbourInvitation.id });
    expect(await reveals(planted.operation.id)).toEqual({ [harbour]: (before[harbour] ?? 0) + 2, [northshire]: (before[northshire] ?? 0) + 2 });
  });

  it('an answer with an error reveals nothing and records nothing (its transaction is rolled back)', async () => {
    const before = await reveals(planted.operation.id);
    const mixed = await people.gql<Record<string, unknown>>(
      HARBOUR_WORKER,
      `query($id: ID!, $other: ID!) { a: invitation(id: $id) { operation { ${DISCLOSURE} } } b: invitation(id: $other) { id } }`,
      { id: planted.harbourInvitation.id, other: '00000000-0000-4000-8000-000000000000' },
    );
    expect(mixed.data ?? null).toBeNull();
    expect(mixed.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expectNoCanary(HARBOUR_WORKER, [mixed], planted.canaries);
    expect(await reveals(planted.operation.id)).toEqual(before);
  });

  it('nobody else does: not the declined partner, other organisations, unnamed colleagues, nor a manager who was not named', async () => {
    const before = await reveals(planted.operation.id);
    for (const email of PARTNER_AND_OTHER_USERS.filter((e) => e !== HARBOUR_WORKER)) {
      expectNoCanary(email, await everything(email, planted), planted.canaries);
    }
    const manager = await people.must<{ invitation: InvitationView }>(HARBOUR_MANAGER, ONE, { id: planted.harbourInvitation.id });
    expect(manager.invitation.operation.disclosure).toBeNull();
    const declined = await people.must<{ invitation: InvitationView }>(SAFE_PASSAGE_WORKER, ONE, { id: planted.safePassageInvitation.id });
    expect(declined.invitation).toMatchObject({ status: 'DECLINED', operation: { disclosure: null } });
    expect(await reveals(planted.operation.id)).toEqual(before);
  });

  it('the force sees the details on its own Operation, not through the invitation', async () => {
    const own = await people.must<{ operation: { addresses: string[] } }>(NORTHSHIRE_OFFICER, OPERATION, { id: planted.operation.id });
    expect(own.operation.addresses).toEqual(planted.canaries.slice(0, 2));
    const invitation = await people.must<{ invitation: InvitationView }>(NORTHSHIRE_OFFICER, ONE, { id: planted.harbourInvitation.id });
    expect(invitation.invitation.operation.disclosure).toBeNull();
  });

  it('stops once the operation is completed', async () => {
    let operation = (
      await people.must<{ operation: OperationSummary }>(NORTHSHIRE_OFFICER, 'query($id: ID!) { operation(id: $id) { id version state plannedStart disclosureAt checklist { key answer } } }', {
        id: planted.operation.id,
      })
    ).operation;
    operation = await transition(await people.as(NORTHSHIRE_OFFICER), operation, 'START');
    const during = await people.must<{ invitation: InvitationView }>(HARBOUR_WORKER, ONE, { id: planted.harbourInvitation.id });
    expect(during.invitation.operation.disclosure).not.toBeNull();
    await transition(await people.as(NORTHSHIRE_OFFICER), operation, 'COMPLETE');
    const before = await reveals(planted.operation.id);
    expectNoCanary(HARBOUR_WORKER, await everything(HARBOUR_WORKER, planted), planted.canaries);
    expect(await reveals(planted.operation.id)).toEqual(before);
  });
});

describe('an early release', () => {
  it('shows the details to the named attendees at once, with the reason kept; they are told', async () => {
    const planted = await plant(72);
    expectNoCanary(HARBOUR_WORKER, await everything(HARBOUR_WORKER, planted), planted.canaries);
    const refused = await people.gql(NORTHSHIRE_OFFICER, RELEASE, { id: planted.operation.id, version: planted.operation.version, reason: ' ' });
    expect(refused.errors?.[0]?.extensions?.code).toBe('REASON_REQUIRED');

    const released = await people.must<{ releaseDetailsEarly: { releasedEarlyAt: string } }>(NORTHSHIRE_OFFICER, RELEASE, {
      id: planted.operation.id,
      version: planted.operation.version,
      reason: 'Partners need time to plan travel',
    });
    expect(released.releaseDetailsEarly.releasedEarlyAt).toBe(t.clock.now().toISOString());
    const seen = await people.must<{ invitation: InvitationView }>(HARBOUR_WORKER, ONE, { id: planted.harbourInvitation.id });
    expect(seen.invitation.operation.disclosure?.addresses).toEqual(planted.canaries.slice(0, 2));
    expect(await reveals(planted.operation.id)).toEqual({ [harbour]: 1, [northshire]: 1 });
    const told = await t.sql('select id from notification where user_id = $1 and event = $2 and subject_id = $3', [
      demoPerson(HARBOUR_WORKER).id,
      'DETAILS_RELEASED',
      planted.harbourInvitation.id,
    ]);
    expect(told).toHaveLength(1);

    for (const email of PARTNER_AND_OTHER_USERS.filter((e) => e !== HARBOUR_WORKER)) {
      expectNoCanary(email, await everything(email, planted), planted.canaries);
    }
  });

  it('a partner that withdraws its acceptance sees the details no more', async () => {
    const planted = await plant(72);
    await people.must(NORTHSHIRE_OFFICER, RELEASE, { id: planted.operation.id, version: planted.operation.version, reason: 'Early briefing' });
    expect((await people.must<{ invitation: InvitationView }>(HARBOUR_WORKER, ONE, { id: planted.harbourInvitation.id })).invitation.operation.disclosure).not.toBeNull();
    await people.must(HARBOUR_WORKER, 'mutation($id: ID!, $reason: String!) { withdrawAcceptance(id: $id, reason: $reason) { id } }', {
      id: planted.harbourInvitation.id,
      reason: 'Worker unwell',
    });
    expectNoCanary(HARBOUR_WORKER, await everything(HARBOUR_WORKER, planted), planted.canaries);
  });
});
