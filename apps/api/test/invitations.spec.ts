import { randomUUID } from 'node:crypto';
import { InvitationExpiryWorker } from '@liaise/api-invitations';
import { answerChecklist, createOperation, createReadyOperation, operationInput, transition, type OperationSummary } from './support/operations.js';
import { DEMO_ORGANISATION_IDS, demoPerson } from './support/demo.js';
import { errorCode, errorField, errorMessage, type GqlResult } from './support/graphql.js';
import { SignedInPeople } from './support/sign-in.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const { northshire, harbour, openDoor, safePassage } = DEMO_ORGANISATION_IDS;

const NORTHSHIRE_OFFICER = 'liaison.officer@northshire.police.example';
const WESTMERE_OFFICER = 'liaison.officer@westmere.police.example';
const HARBOUR_WORKER = 'outreach.worker@harbourlights.example';
const HARBOUR_MANAGER = 'manager@harbourlights.example';
const OPEN_DOOR_WORKER = 'outreach.worker@opendoor.example';
const SAFE_PASSAGE_WORKER = 'outreach.worker@safepassage.example';
const PLATFORM_ADMIN = 'platform.admin@liaise.example';

const HOUR = 3_600_000;

const INVITATION = `id status respondBy reason respondedAt createdAt version forceName partnerName partnerOrganisationId availableActions
  operation { id type state plannedDay expectedDurationMinutes generalArea expectedPeople expectedLanguages dependentsExpected
    proportionalityStatement mediaDecision mediaReason safeguardingLeadRole }
  attendees { userId name organisationName mshtTrainingCurrent attended }`;
const NOTIFY = `mutation($id: ID!, $version: Int!, $invitations: [InvitePartnerInput!]!) {
  notifyPartners(id: $id, version: $version, invitations: $invitations) { id state version invitations { ${INVITATION} } } }`;
const ONE = `query($id: ID!) { invitation(id: $id) { ${INVITATION} } }`;
const INBOX = `query($statuses: [InvitationStatus!], $first: Int, $after: String) {
  invitations(statuses: $statuses, first: $first, after: $after) { totalCount nextCursor items { ${INVITATION} } } }`;
const ACCEPT = `mutation($id: ID!, $version: Int!, $attendeeUserIds: [ID!]!) {
  acceptInvitation(id: $id, version: $version, attendeeUserIds: $attendeeUserIds) { ${INVITATION} } }`;
const DECLINE = `mutation($id: ID!, $version: Int!, $reason: String!) { declineInvitation(id: $id, version: $version, reason: $reason) { ${INVITATION} } }`;
const WITHDRAW = `mutation($id: ID!, $reason: String!) { withdrawInvitation(id: $id, reason: $reason) { ${INVITATION} } }`;
const WITHDRAW_ACCEPTANCE = `mutation($id: ID!, $reason: String!) { withdrawAcceptance(id: $id, reason: $reason) { ${INVITATION} } }`;
const INVITE = `mutation($id: ID!, $invitation: InvitePartnerInput!) { invitePartner(id: $id, invitation: $invitation) { ${INVITATION} } }`;
const COLLEAGUES = `query($id: ID!) { invitationColleagues(id: $id) { id name mshtTrainingCurrent } }`;
const OPERATION = `query($id: ID!) { operation(id: $id) { id state version invitations { ${INVITATION} } } }`;
const ATTENDANCE = `mutation($id: ID!, $attendance: [AttendanceInput!]!) { recordAttendance(id: $id, attendance: $attendance) { id invitations { ${INVITATION} } } }`;

interface InvitationView {
  id: string;
  status: string;
  respondBy: string;
  reason: string | null;
  version: number;
  forceName: string;
  partnerName: string;
  partnerOrganisationId: string;
  availableActions: string[];
  operation: { id: string; type: string; state: string; plannedDay: string; generalArea: string } & Record<string, unknown>;
  attendees: { userId: string; name: string; organisationName: string; mshtTrainingCurrent: boolean; attended: boolean | null }[];
}
interface OperationWithInvitations {
  id: string;
  state: string;
  version: number;
  invitations: InvitationView[];
}

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const people = new SignedInPeople(() => t);

/** Every row an answer could change: invitations, attendees, the operations' state and version, audit and notifications. */
const snapshot = async () => ({
  invitations: await t.sql('select * from invitation order by id'),
  attendees: await t.sql('select * from operation_attendee order by invitation_id, user_id'),
  operations: await t.sql('select id, state, version from operation order by id'),
  audit: await t.sql<{ n: number }>('select count(*)::int as n from audit_entry'),
  notifications: await t.sql<{ n: number }>('select count(*)::int as n from notification'),
});

const hoursFromNow = (hours: number) => new Date(t.clock.now().getTime() + hours * HOUR).toISOString();

/** A Northshire operation with partners notified; returns it and its invitations by partner. */
async function notified(partners: readonly string[], respondInHours = 48, startsInHours = 96) {
  const ready = await createReadyOperation(await people.as(NORTHSHIRE_OFFICER), t.clock, {}, startsInHours);
  const data = await people.must<{ notifyPartners: OperationWithInvitations }>(NORTHSHIRE_OFFICER, NOTIFY, {
    id: ready.id,
    version: ready.version,
    invitations: partners.map((partnerOrganisationId) => ({ partnerOrganisationId, respondBy: hoursFromNow(respondInHours) })),
  });
  const byPartner = new Map(data.notifyPartners.invitations.map((invitation) => [invitation.partnerOrganisationId, invitation]));
  return { operation: data.notifyPartners, byPartner, invitation: (partner: string) => byPartner.get(partner) as InvitationView };
}

/** The expiry worker the app runs (the test app has the `all` role: api and worker in one process). */
const expiryWorker = (): InvitationExpiryWorker => t.app.get(InvitationExpiryWorker);

/** Moves the force's operation on by `action`, from the version it is at now; returns its new state. */
async function move(operationId: string, action: string): Promise<string> {
  const { operation } = await people.must<{ operation: OperationWithInvitations }>(NORTHSHIRE_OFFICER, OPERATION, { id: operationId });
  const moved = await people.must<{ transitionOperation: { state: string } }>(
    NORTHSHIRE_OFFICER,
    'mutation($id: ID!, $version: Int!, $action: OperationAction!) { transitionOperation(id: $id, version: $version, action: $action) { state } }',
    { id: operationId, version: operation.version, action },
  );
  return moved.transitionOperation.state;
}

const notificationsFor = (userEmail: string, subjectId: string, event: string) =>
  t.sql('select id from notification where user_id = $1 and subject_id = $2 and event = $3', [demoPerson(userEmail).id, subjectId, event]);

describe('notifying partners and answering an invitation', () => {
  it('an officer invites two partners; a worker accepts naming a colleague; the officer sees the acceptance and who attends', async () => {
    const ready = await createReadyOperation(await people.as(NORTHSHIRE_OFFICER), t.clock);
    const respondBy = hoursFromNow(48);
    const sent = await people.must<{ notifyPartners: OperationWithInvitations }>(NORTHSHIRE_OFFICER, NOTIFY, {
      id: ready.id,
      version: ready.version,
      invitations: [
        { partnerOrganisationId: harbour, respondBy },
        { partnerOrganisationId: safePassage, respondBy },
      ],
    });
    expect(sent.notifyPartners.state).toBe('PARTNERS_NOTIFIED');
    expect(sent.notifyPartners.version).toBeGreaterThan(ready.version);
    expect(sent.notifyPartners.invitations.map((i) => [i.partnerName, i.status, i.availableActions])).toEqual([
      ['Harbour Lights Project', 'PENDING', ['WITHDRAW']],
      ['Safe Passage MSHT Service', 'PENDING', ['WITHDRAW']],
    ]);
    const harbourInvitation = sent.notifyPartners.invitations.find((i) => i.partnerOrganisationId === harbour) as InvitationView;

    // The worker finds it in the inbox, with what a partner needs to decide and nothing more.
    const inbox = await people.must<{ invitations: { totalCount: number; items: InvitationView[] } }>(HARBOUR_WORKER, INBOX, { statuses: ['PENDING'] });
    const received = inbox.invitations.items.find((i) => i.id === harbourInvitation.id) as InvitationView;
    expect(received).toMatchObject({
      status: 'PENDING',
      forceName: 'Northshire Police',
      partnerName: 'Harbour Lights Project',
      availableActions: ['ACCEPT', 'DECLINE'],
      operation: {
        id: ready.id,
        type: 'WELFARE_VISIT',
        state: 'PARTNERS_NOTIFIED',
        generalArea: 'Port Allen PA2',
        expectedPeople: 4,
        expectedLanguages: ['Romanian', 'Thai'],
        dependentsExpected: false,
        mediaDecision: 'NO_MEDIA',
        safeguardingLeadRole: 'Detective Sergeant, safeguarding lead',
      },
      attendees: [],
    });
    expect(received.operation.plannedDay).toBe(ready.plannedStart.slice(0, 10));
    expect(JSON.stringify(received)).not.toMatch(/NS-TEST-0001|12 Test Street|INT\/TEST|test centre/);
    expect(await notificationsFor(HARBOUR_WORKER, harbourInvitation.id, 'INVITATION_RECEIVED')).toHaveLength(1);
    expect(await notificationsFor(HARBOUR_MANAGER, harbourInvitation.id, 'INVITATION_RECEIVED')).toHaveLength(1);

    // The colleagues who may be named: Harbour Lights' active people, with their MSHT training.
    const colleagues = await people.must<{ invitationColleagues: { id: string; name: string; mshtTrainingCurrent: boolean }[] }>(HARBOUR_WORKER, COLLEAGUES, {
      id: harbourInvitation.id,
    });
    expect(colleagues.invitationColleagues.map((c) => c.name).sort()).toEqual(['Chris Admin', 'Ruth Adeyemi', 'Sam Rivers']);

    const accepted = await people.must<{ acceptInvitation: InvitationView }>(HARBOUR_WORKER, ACCEPT, {
      id: harbourInvitation.id,
      version: received.version,
      attendeeUserIds: [demoPerson(HARBOUR_WORKER).id, demoPerson(HARBOUR_MANAGER).id],
    });
    expect(accepted.acceptInvitation.status).toBe('ACCEPTED');
    expect(accepted.acceptInvitation.availableActions).toEqual(['WITHDRAW_ACCEPTANCE']);
    expect(accepted.acceptInvitation.attendees.map((a) => [a.name, a.organisationName]).sort()).toEqual([
      ['Ruth Adeyemi', 'Harbour Lights Project'],
      ['Sam Rivers', 'Harbour Lights Project'],
    ]);

    // The officer sees the acceptance and the attendees, with their training standing.
    const seen = await people.must<{ operation: OperationWithInvitations }>(NORTHSHIRE_OFFICER, OPERATION, { id: ready.id });
    const atForce = seen.operation.invitations.find((i) => i.id === harbourInvitation.id) as InvitationView;
    expect(atForce.status).toBe('ACCEPTED');
    expect(atForce.attendees.map((a) => a.name).sort()).toEqual(['Ruth Adeyemi', 'Sam Rivers']);
    const training = await t.sql<{ user_id: string }>(
      `select r.user_id from training_record r join training_course c on c.id = r.course_id and c.counts_as_msht
        where r.completed_on <= $1::date and (r.expires_on is null or r.expires_on >= $1::date)`,
      [t.clock.now().toISOString().slice(0, 10)],
    );
    const trained = new Set(training.map((row) => row.user_id));
    for (const attendee of atForce.attendees) expect(attendee.mshtTrainingCurrent).toBe(trained.has(attendee.userId));
    expect(await notificationsFor(NORTHSHIRE_OFFICER, ready.id, 'INVITATION_ACCEPTED')).toHaveLength(1);
    if (atForce.attendees.some((a) => !a.mshtTrainingCurrent)) {
      expect(await notificationsFor(NORTHSHIRE_OFFICER, ready.id, 'TRAINING_FLAGGED')).toHaveLength(1);
    }

    // Audited on both organisations' trails.
    const audit = await t.sql<{ organisation_id: string; action: string }>(
      "select organisation_id, action from audit_entry where subject_type = 'invitation' and subject_id = $1 order by seq",
      [harbourInvitation.id],
    );
    for (const trail of [northshire, harbour]) {
      expect(audit.filter((a) => a.organisation_id === trail).map((a) => a.action)).toEqual(expect.arrayContaining(['invitation.sent', 'invitation.accepted']));
    }
  });

  it('flags an attendee without current MSHT training to both sides', async () => {
    const { operation, invitation } = await notified([harbour]);
    // Nobody at Harbour Lights holds MSHT training in this test: everyone named is flagged.
    await t.sql(`delete from training_record where user_id = $1`, [demoPerson(HARBOUR_MANAGER).id]);
    const accepted = await people.must<{ acceptInvitation: InvitationView }>(HARBOUR_WORKER, ACCEPT, {
      id: invitation(harbour).id,
      version: invitation(harbour).version,
      attendeeUserIds: [demoPerson(HARBOUR_MANAGER).id],
    });
    expect(accepted.acceptInvitation.attendees).toEqual([expect.objectContaining({ name: 'Ruth Adeyemi', mshtTrainingCurrent: false })]);
    expect(await notificationsFor(NORTHSHIRE_OFFICER, operation.id, 'TRAINING_FLAGGED')).toHaveLength(1);
    expect(await notificationsFor(HARBOUR_MANAGER, invitation(harbour).id, 'TRAINING_FLAGGED')).toHaveLength(1);
  });

  it('a partner declines with a reason, withdraws an acceptance; the force withdraws an invitation; each tells the other side', async () => {
    const { operation, invitation } = await notified([harbour, safePassage]);
    const declined = await people.must<{ declineInvitation: InvitationView }>(SAFE_PASSAGE_WORKER, DECLINE, {
      id: invitation(safePassage).id,
      version: invitation(safePassage).version,
      reason: '  No worker free that evening  ',
    });
    expect(declined.declineInvitation).toMatchObject({ status: 'DECLINED', reason: 'No worker free that evening', availableActions: [] });
    expect(await notificationsFor(NORTHSHIRE_OFFICER, operation.id, 'INVITATION_DECLINED')).toHaveLength(1);

    const accepted = await people.must<{ acceptInvitation: InvitationView }>(HARBOUR_WORKER, ACCEPT, {
      id: invitation(harbour).id,
      version: invitation(harbour).version,
      attendeeUserIds: [demoPerson(HARBOUR_WORKER).id],
    });
    const withdrawn = await people.must<{ withdrawAcceptance: InvitationView }>(HARBOUR_WORKER, WITHDRAW_ACCEPTANCE, {
      id: accepted.acceptInvitation.id,
      reason: 'Our worker is unwell',
    });
    expect(withdrawn.withdrawAcceptance).toMatchObject({ status: 'ACCEPTANCE_WITHDRAWN', reason: 'Our worker is unwell', attendees: [] });
    expect(await t.sql('select * from operation_attendee where invitation_id = $1', [invitation(harbour).id])).toEqual([]);
    expect(await notificationsFor(NORTHSHIRE_OFFICER, operation.id, 'ACCEPTANCE_WITHDRAWN')).toHaveLength(1);

    // Invited again, then withdrawn by the force.
    const again = await people.must<{ invitePartner: InvitationView }>(NORTHSHIRE_OFFICER, INVITE, {
      id: operation.id,
      invitation: { partnerOrganisationId: harbour, respondBy: hoursFromNow(24) },
    });
    expect(again.invitePartner.status).toBe('PENDING');
    const duplicate = await people.gql(NORTHSHIRE_OFFICER, INVITE, { id: operation.id, invitation: { partnerOrganisationId: harbour, respondBy: hoursFromNow(24) } });
    expect(errorMessage(duplicate)).toBe('Harbour Lights Project already has an open invitation to this operation');
    const force = await people.must<{ withdrawInvitation: InvitationView }>(NORTHSHIRE_OFFICER, WITHDRAW, { id: again.invitePartner.id, reason: 'Numbers reduced' });
    expect(force.withdrawInvitation).toMatchObject({ status: 'WITHDRAWN', reason: 'Numbers reduced', availableActions: [] });
    expect(await notificationsFor(HARBOUR_WORKER, again.invitePartner.id, 'INVITATION_WITHDRAWN')).toHaveLength(1);
  });

  it('keeps from a partner that declined the operation’s later states: it sees the state it declined in, the accepting partner the live one', async () => {
    const { operation, invitation } = await notified([harbour, safePassage]);
    await people.must(SAFE_PASSAGE_WORKER, DECLINE, { id: invitation(safePassage).id, version: invitation(safePassage).version, reason: 'No worker free' });
    await people.must(HARBOUR_WORKER, ACCEPT, { id: invitation(harbour).id, version: invitation(harbour).version, attendeeUserIds: [demoPerson(HARBOUR_WORKER).id] });
    const stateSeenBy = async (email: string, id: string) => {
      const one = await people.must<{ invitation: InvitationView }>(email, ONE, { id });
      const inbox = await people.must<{ invitations: { items: InvitationView[] } }>(email, INBOX, { first: 100 });
      const listed = inbox.invitations.items.find((item) => item.id === id);
      expect(listed?.operation.state).toBe(one.invitation.operation.state);
      return one.invitation.operation.state;
    };
    expect(await stateSeenBy(SAFE_PASSAGE_WORKER, invitation(safePassage).id)).toBe('PARTNERS_NOTIFIED');

    expect(await move(operation.id, 'START')).toBe('IN_PROGRESS');
    expect(await stateSeenBy(SAFE_PASSAGE_WORKER, invitation(safePassage).id)).toBe('PARTNERS_NOTIFIED');
    expect(await stateSeenBy(HARBOUR_WORKER, invitation(harbour).id)).toBe('IN_PROGRESS');
    // The force sees its own operation's live state on both invitations.
    const force = await people.must<{ operation: OperationWithInvitations }>(NORTHSHIRE_OFFICER, OPERATION, { id: operation.id });
    expect(force.operation.invitations.map((i) => i.operation.state)).toEqual(['IN_PROGRESS', 'IN_PROGRESS']);

    expect(await move(operation.id, 'COMPLETE')).toBe('COMPLETED');
    expect(await stateSeenBy(SAFE_PASSAGE_WORKER, invitation(safePassage).id)).toBe('PARTNERS_NOTIFIED');
    expect(await stateSeenBy(HARBOUR_WORKER, invitation(harbour).id)).toBe('COMPLETED');
  });

  it('keeps the state at the close from a partner whose invitation expired, was withdrawn or whose acceptance it withdrew', async () => {
    // Expired before the expiry worker has swept it, and after.
    const expiring = await notified([harbour, safePassage], 1);
    t.clock.advance(2 * HOUR);
    await move(expiring.operation.id, 'START');
    const seen = async (email: string, id: string) => (await people.must<{ invitation: InvitationView }>(email, ONE, { id })).invitation.operation.state;
    expect(await seen(HARBOUR_WORKER, expiring.invitation(harbour).id)).toBe('PARTNERS_NOTIFIED');
    await expiryWorker().expireDue();
    expect(await seen(HARBOUR_WORKER, expiring.invitation(harbour).id)).toBe('PARTNERS_NOTIFIED');

    // Withdrawn by the force, and an acceptance withdrawn by the partner.
    const { operation, invitation } = await notified([harbour, safePassage]);
    await people.must(NORTHSHIRE_OFFICER, WITHDRAW, { id: invitation(safePassage).id, reason: 'Numbers reduced' });
    await people.must(HARBOUR_WORKER, ACCEPT, { id: invitation(harbour).id, version: invitation(harbour).version, attendeeUserIds: [demoPerson(HARBOUR_WORKER).id] });
    // An acceptance can be withdrawn only until the operation starts.
    await people.must(HARBOUR_WORKER, WITHDRAW_ACCEPTANCE, { id: invitation(harbour).id, reason: 'Our worker is unwell' });
    await move(operation.id, 'START');
    await move(operation.id, 'COMPLETE');
    expect(await seen(SAFE_PASSAGE_WORKER, invitation(safePassage).id)).toBe('PARTNERS_NOTIFIED');
    expect(await seen(HARBOUR_WORKER, invitation(harbour).id)).toBe('PARTNERS_NOTIFIED');
  });

  it('lists the inbox newest first, a page at a time, with the status filter', async () => {
    // A minute apart, and after every invitation earlier tests made: newest first is then unambiguous.
    t.clock.advance(60_000);
    const first = await notified([harbour]);
    t.clock.advance(60_000);
    const second = await notified([harbour]);
    const page1 = await people.must<{ invitations: { totalCount: number; nextCursor: string | null; items: InvitationView[] } }>(HARBOUR_WORKER, INBOX, {
      statuses: ['PENDING'],
      first: 1,
    });
    expect(page1.invitations.items.map((i) => i.id)).toEqual([second.invitation(harbour).id]);
    expect(page1.invitations.nextCursor).not.toBeNull();
    const page2 = await people.must<{ invitations: { totalCount: number; items: InvitationView[] } }>(HARBOUR_WORKER, INBOX, {
      statuses: ['PENDING'],
      first: 1,
      after: page1.invitations.nextCursor,
    });
    expect(page2.invitations.items.map((i) => i.id)).toEqual([first.invitation(harbour).id]);
    expect(page2.invitations.totalCount).toBe(page1.invitations.totalCount);
    const all = await people.must<{ invitations: { totalCount: number; items: InvitationView[] } }>(HARBOUR_WORKER, INBOX, { first: 20 });
    expect(all.invitations.items.every((i) => i.partnerOrganisationId === harbour)).toBe(true);
    const declined = await people.must<{ invitations: { items: InvitationView[] } }>(HARBOUR_WORKER, INBOX, { statuses: ['DECLINED'], first: 20 });
    expect(declined.invitations.items.every((i) => i.status === 'DECLINED')).toBe(true);
    expect(errorCode(await people.gql(HARBOUR_WORKER, INBOX, { first: 0 }))).toBe('BAD_USER_INPUT');
    expect(errorField(await people.gql(HARBOUR_WORKER, INBOX, { after: 'not-a-cursor' }))).toBe('after');
  });

  it('records which named attendees attended once the operation is completed', async () => {
    const { operation, invitation } = await notified([harbour], 24, 48);
    await people.must(HARBOUR_WORKER, ACCEPT, { id: invitation(harbour).id, version: invitation(harbour).version, attendeeUserIds: [demoPerson(HARBOUR_WORKER).id] });
    const early = await people.gql(NORTHSHIRE_OFFICER, ATTENDANCE, { id: operation.id, attendance: [{ userId: demoPerson(HARBOUR_WORKER).id, attended: true }] });
    expect(errorMessage(early)).toMatch(/once the operation is completed/);

    let current = (await people.must<{ operation: OperationSummary }>(NORTHSHIRE_OFFICER, 'query($id: ID!) { operation(id: $id) { id version state plannedStart disclosureAt checklist { key answer } } }', { id: operation.id })).operation;
    current = await transition(await people.as(NORTHSHIRE_OFFICER), current, 'START');
    await transition(await people.as(NORTHSHIRE_OFFICER), current, 'COMPLETE');
    const stranger = await people.gql(NORTHSHIRE_OFFICER, ATTENDANCE, { id: operation.id, attendance: [{ userId: demoPerson(HARBOUR_MANAGER).id, attended: true }] });
    expect(errorMessage(stranger)).toBe('Ruth Adeyemi was not named to attend this operation: record attendance for its named attendees only');
    const recorded = await people.must<{ recordAttendance: OperationWithInvitations }>(NORTHSHIRE_OFFICER, ATTENDANCE, {
      id: operation.id,
      attendance: [{ userId: demoPerson(HARBOUR_WORKER).id, attended: true }],
    });
    expect(recorded.recordAttendance.invitations[0]?.attendees).toEqual([expect.objectContaining({ name: 'Sam Rivers', attended: true })]);
  });
});

describe('refusals, each leaving everything as it was', () => {
  async function refused(email: string, query: string, variables: Record<string, unknown>): Promise<GqlResult<unknown>> {
    await people.as(email); // signing in is audited: do it first
    const before = await snapshot();
    const result = await people.gql(email, query, variables);
    expect(result.errors?.length).toBeGreaterThan(0);
    expect(await snapshot()).toEqual(before);
    return result;
  }

  it('an attendee from another organisation', async () => {
    const { invitation } = await notified([harbour]);
    for (const outsider of [demoPerson(SAFE_PASSAGE_WORKER).id, demoPerson(NORTHSHIRE_OFFICER).id, randomUUID(), 'not-an-id']) {
      const result = await refused(HARBOUR_WORKER, ACCEPT, {
        id: invitation(harbour).id,
        version: invitation(harbour).version,
        attendeeUserIds: [demoPerson(HARBOUR_WORKER).id, outsider],
      });
      expect(errorCode(result)).toBe('BAD_USER_INPUT');
      expect(errorField(result)).toBe('attendeeUserIds');
      expect(errorMessage(result)).toBe('Someone you named is not one of your organisation’s people: choose attendees from your colleagues');
    }
    const nobody = await refused(HARBOUR_WORKER, ACCEPT, { id: invitation(harbour).id, version: invitation(harbour).version, attendeeUserIds: [] });
    expect(errorField(nobody)).toBe('attendeeUserIds');
  });

  it('accepting a withdrawn invitation', async () => {
    const { invitation } = await notified([harbour]);
    const withdrawn = await people.must<{ withdrawInvitation: InvitationView }>(NORTHSHIRE_OFFICER, WITHDRAW, { id: invitation(harbour).id, reason: 'Plans changed' });
    const result = await refused(HARBOUR_WORKER, ACCEPT, {
      id: invitation(harbour).id,
      version: withdrawn.withdrawInvitation.version,
      attendeeUserIds: [demoPerson(HARBOUR_WORKER).id],
    });
    expect(errorCode(result)).toBe('INVITATION_CLOSED');
    expect(errorMessage(result)).toBe('This invitation was withdrawn by the force: it can no longer be answered or changed.');
  });

  it('accepting an expired invitation, before and after the expiry worker has run', async () => {
    const { operation, invitation } = await notified([harbour], 1);
    t.clock.advance(2 * HOUR);
    // Not swept yet: still shown, and refused, as expired.
    const shown = await people.must<{ invitation: InvitationView }>(HARBOUR_WORKER, ONE, { id: invitation(harbour).id });
    expect(shown.invitation).toMatchObject({ status: 'EXPIRED', availableActions: [] });
    const result = await refused(HARBOUR_WORKER, ACCEPT, {
      id: invitation(harbour).id,
      version: invitation(harbour).version,
      attendeeUserIds: [demoPerson(HARBOUR_WORKER).id],
    });
    expect(errorCode(result)).toBe('INVITATION_CLOSED');
    expect(errorMessage(result)).toMatch(/^This invitation expired at \d{1,2} \w+ 20\d\d at \d\d:\d\d without an answer/);

    await expiryWorker().expireDue();
    expect(await t.sql('select status from invitation where id = $1', [invitation(harbour).id])).toEqual([{ status: 'EXPIRED' }]);
    expect(await notificationsFor(NORTHSHIRE_OFFICER, operation.id, 'INVITATION_EXPIRED')).toHaveLength(1);
    const audit = await t.sql<{ organisation_id: string }>("select organisation_id from audit_entry where action = 'invitation.expired' and subject_id = $1", [
      invitation(harbour).id,
    ]);
    expect(audit.map((a) => a.organisation_id).sort()).toEqual([northshire, harbour].sort());
    // A second sweep finds nothing more to do for it.
    await expiryWorker().expireDue();
    expect(await notificationsFor(NORTHSHIRE_OFFICER, operation.id, 'INVITATION_EXPIRED')).toHaveLength(1);
    const after = await refused(HARBOUR_WORKER, ACCEPT, {
      id: invitation(harbour).id,
      version: invitation(harbour).version + 1,
      attendeeUserIds: [demoPerson(HARBOUR_WORKER).id],
    });
    expect(errorMessage(after)).toMatch(/^This invitation expired at/);
  });

  it('notifying partners with the checklist incomplete', async () => {
    const officer = await people.as(NORTHSHIRE_OFFICER);
    const draft = await createOperation(officer, operationInput(t.clock));
    const partly = await answerChecklist(
      officer,
      draft,
      draft.checklist.slice(0, draft.checklist.length - 3).map((item) => item.key),
    );
    const result = await refused(NORTHSHIRE_OFFICER, NOTIFY, {
      id: partly.id,
      version: partly.version,
      invitations: [{ partnerOrganisationId: harbour, respondBy: hoursFromNow(24) }],
    });
    expect(errorCode(result)).toBe('CHECKLIST_INCOMPLETE');
    expect(errorMessage(result)).toBe('Answer every checklist item before notifying partners: 3 items are still unanswered');
  });

  it('inviting a partner that is not in an active partnership, or an unknown id', async () => {
    const ready = await createReadyOperation(await people.as(NORTHSHIRE_OFFICER), t.clock);
    const invite = (partnerOrganisationId: string, respondBy = hoursFromNow(24)) =>
      refused(NORTHSHIRE_OFFICER, NOTIFY, {
        id: ready.id,
        version: ready.version,
        invitations: [
          { partnerOrganisationId: harbour, respondBy: hoursFromNow(24) },
          { partnerOrganisationId, respondBy },
        ],
      });
    const proposedOnly = await invite(openDoor);
    expect(errorMessage(proposedOnly)).toBe('Open Door Outreach is not in an active partnership with you: choose a partner from your active partnerships');
    expect(errorField(proposedOnly)).toBe('partnerOrganisationId');
    const unknown = await invite(randomUUID());
    expect(errorMessage(unknown)).toBe('Choose a partner from your active partnerships');
    // Another force's partner or itself: answered as unknown.
    expect(errorMessage(await invite(northshire))).toBe('Choose a partner from your active partnerships');
    expect(errorMessage(await invite(harbour))).toBe('You chose Harbour Lights Project twice: invite each partner once');
    expect(errorMessage(await invite(safePassage, hoursFromNow(-1)))).toBe('The respond-by time must be in the future');
    expect(errorMessage(await invite(safePassage, hoursFromNow(24 * 30)))).toBe('The respond-by time must be before the operation starts');
    const none = await refused(NORTHSHIRE_OFFICER, NOTIFY, { id: ready.id, version: ready.version, invitations: [] });
    expect(errorMessage(none)).toBe('Choose at least one partner to invite');
    const stale = await refused(NORTHSHIRE_OFFICER, NOTIFY, {
      id: ready.id,
      version: ready.version - 1,
      invitations: [{ partnerOrganisationId: harbour, respondBy: hoursFromNow(24) }],
    });
    expect(errorCode(stale)).toBe('STALE');
  });

  it('answering from the wrong side, or with a stale version', async () => {
    const { invitation } = await notified([harbour]);
    const forceManager = await refused('manager@northshire.police.example', ACCEPT, {
      id: invitation(harbour).id,
      version: invitation(harbour).version,
      attendeeUserIds: [demoPerson(NORTHSHIRE_OFFICER).id],
    });
    expect(errorCode(forceManager)).toBe('NOT_THE_PARTNER');
    const stale = await refused(HARBOUR_WORKER, ACCEPT, {
      id: invitation(harbour).id,
      version: invitation(harbour).version + 5,
      attendeeUserIds: [demoPerson(HARBOUR_WORKER).id],
    });
    expect(errorCode(stale)).toBe('STALE');
    const noReason = await refused(HARBOUR_WORKER, DECLINE, { id: invitation(harbour).id, version: invitation(harbour).version, reason: '  ' });
    expect(errorField(noReason)).toBe('reason');
    const notAccepted = await refused(HARBOUR_WORKER, WITHDRAW_ACCEPTANCE, { id: invitation(harbour).id, reason: 'Changed our minds' });
    expect(errorMessage(notAccepted)).toBe('You have not accepted this invitation: decline it instead.');
  });
});

describe('cancelling an operation', () => {
  it('cancels its open invitations and tells the partners', async () => {
    const { operation, invitation } = await notified([harbour, safePassage]);
    await people.must(HARBOUR_WORKER, ACCEPT, { id: invitation(harbour).id, version: invitation(harbour).version, attendeeUserIds: [demoPerson(HARBOUR_WORKER).id] });
    const current = (await people.must<{ operation: OperationSummary }>(NORTHSHIRE_OFFICER, 'query($id: ID!) { operation(id: $id) { id version state plannedStart disclosureAt checklist { key answer } } }', { id: operation.id })).operation;
    await transition(await people.as(NORTHSHIRE_OFFICER), current, 'CANCEL', 'The premises were found empty');
    const after = await people.must<{ operation: OperationWithInvitations }>(NORTHSHIRE_OFFICER, OPERATION, { id: operation.id });
    expect(after.operation.state).toBe('CANCELLED');
    expect(after.operation.invitations.map((i) => i.status)).toEqual(['CANCELLED', 'CANCELLED']);
    for (const [email, partner] of [
      [HARBOUR_WORKER, harbour],
      [HARBOUR_MANAGER, harbour],
      [SAFE_PASSAGE_WORKER, safePassage],
    ] as const) {
      expect(await notificationsFor(email, invitation(partner).id, 'OPERATION_CANCELLED')).toHaveLength(1);
    }
    const seen = await people.must<{ invitation: InvitationView }>(HARBOUR_WORKER, ONE, { id: invitation(harbour).id });
    expect(seen.invitation).toMatchObject({ status: 'CANCELLED', availableActions: [] });
  });
});

describe('the actions offered on an invitation', () => {
  const OPERATION_STATE = 'query($id: ID!) { operation(id: $id) { id version state plannedStart disclosureAt checklist { key answer } } }';

  /**
   * Whether the api lets `email` take `action` on the invitation: each is tried with an answer wrong only in
   * its content (nobody named, a blank reason), so nothing changes, and the api says so only once the
   * invitation's status, the operation's state and the person's side and role would all allow the action.
   */
  async function allows(email: string, action: string, invitation: InvitationView): Promise<boolean> {
    const { id, version } = invitation;
    const result =
      action === 'ACCEPT'
        ? await people.gql(email, ACCEPT, { id, version, attendeeUserIds: [] })
        : action === 'DECLINE'
          ? await people.gql(email, DECLINE, { id, version, reason: ' ' })
          : action === 'WITHDRAW'
            ? await people.gql(email, WITHDRAW, { id, reason: ' ' })
            : await people.gql(email, WITHDRAW_ACCEPTANCE, { id, reason: ' ' });
    expect(result.errors).toHaveLength(1);
    return errorCode(result) === 'REASON_REQUIRED' || (errorCode(result) === 'BAD_USER_INPUT' && errorField(result) === 'attendeeUserIds');
  }

  /** What each side is offered on each invitation, and what the api allows it, by who and partner. */
  async function offeredAndAllowed(invitationIds: Readonly<Record<string, string>>) {
    const seen: Record<string, { offered: string[]; allowed: string[] }> = {};
    for (const [email, partner] of [
      [NORTHSHIRE_OFFICER, harbour],
      [NORTHSHIRE_OFFICER, safePassage],
      [HARBOUR_WORKER, harbour],
      [SAFE_PASSAGE_WORKER, safePassage],
    ] as const) {
      const view = (await people.must<{ invitation: InvitationView }>(email, ONE, { id: invitationIds[partner] })).invitation;
      const allowed: string[] = [];
      for (const action of ['ACCEPT', 'DECLINE', 'WITHDRAW', 'WITHDRAW_ACCEPTANCE']) if (await allows(email, action, view)) allowed.push(action);
      seen[`${email} on ${view.partnerName}’s ${view.status.toLowerCase()} invitation`] = { offered: view.availableActions, allowed };
    }
    return seen;
  }

  it('are exactly what the api allows each side, in every state of the operation', async () => {
    const { operation, invitation } = await notified([harbour, safePassage]);
    await people.must(SAFE_PASSAGE_WORKER, ACCEPT, { id: invitation(safePassage).id, version: invitation(safePassage).version, attendeeUserIds: [demoPerson(SAFE_PASSAGE_WORKER).id] });
    const ids = { [harbour]: invitation(harbour).id, [safePassage]: invitation(safePassage).id };
    let current = (await people.must<{ operation: OperationSummary }>(NORTHSHIRE_OFFICER, OPERATION_STATE, { id: operation.id })).operation;
    const byState: Record<string, Awaited<ReturnType<typeof offeredAndAllowed>>> = {};
    for (const action of [null, 'START', 'COMPLETE', 'BEGIN_FOLLOW_UP', 'CLOSE']) {
      if (action !== null) current = await transition(await people.as(NORTHSHIRE_OFFICER), current, action);
      byState[current.state] = await offeredAndAllowed(ids);
    }
    for (const [state, seen] of Object.entries(byState)) {
      for (const [who, { offered, allowed }] of Object.entries(seen)) expect({ state, who, offered }).toEqual({ state, who, offered: allowed });
    }

    // Once the operation has started, the partner's acceptance stands; the force may still withdraw until it is completed.
    expect(byState['IN_PROGRESS']?.[`${SAFE_PASSAGE_WORKER} on Safe Passage MSHT Service’s accepted invitation`]?.offered).toEqual([]);
    expect(byState['IN_PROGRESS']?.[`${NORTHSHIRE_OFFICER} on Safe Passage MSHT Service’s accepted invitation`]?.offered).toEqual(['WITHDRAW']);
    for (const state of ['COMPLETED', 'FOLLOW_UP', 'CLOSED']) {
      expect({ state, offered: Object.values(byState[state] ?? {}).flatMap((seen) => seen.offered) }).toEqual({ state, offered: [] });
    }
  });

  it('a partner cannot withdraw its acceptance once the operation has started, and nothing changes', async () => {
    const { operation, invitation } = await notified([harbour]);
    await people.must(HARBOUR_WORKER, ACCEPT, { id: invitation(harbour).id, version: invitation(harbour).version, attendeeUserIds: [demoPerson(HARBOUR_WORKER).id] });
    const current = (await people.must<{ operation: OperationSummary }>(NORTHSHIRE_OFFICER, OPERATION_STATE, { id: operation.id })).operation;
    await transition(await people.as(NORTHSHIRE_OFFICER), current, 'START');
    await people.as(HARBOUR_WORKER);
    const before = await snapshot();
    const result = await people.gql(HARBOUR_WORKER, WITHDRAW_ACCEPTANCE, { id: invitation(harbour).id, reason: 'Our worker is unwell' });
    expect(errorCode(result)).toBe('INVALID_STATE');
    expect(errorMessage(result)).toBe('This operation is in progress: an acceptance can be withdrawn only until it starts. If your people cannot attend, tell the force directly.');
    expect(await snapshot()).toEqual(before);
  });
});

describe('who may see an invitation', () => {
  it('only the force and the partner: anyone else is answered as for an unknown id', async () => {
    const { operation, invitation } = await notified([harbour]);
    const id = invitation(harbour).id;
    expect((await people.must<{ invitation: InvitationView }>(NORTHSHIRE_OFFICER, ONE, { id })).invitation.id).toBe(id);
    expect((await people.must<{ invitation: InvitationView }>(HARBOUR_MANAGER, ONE, { id })).invitation.id).toBe(id);
    for (const email of [WESTMERE_OFFICER, OPEN_DOOR_WORKER, SAFE_PASSAGE_WORKER, PLATFORM_ADMIN]) {
      const result = await people.gql(email, ONE, { id });
      expect({ email, code: errorCode(result), data: result.data ?? null }).toEqual({ email, code: 'NOT_FOUND', data: null });
      const unknown = await people.gql(email, ONE, { id: randomUUID() });
      expect(errorMessage(result)).toBe(errorMessage(unknown));
    }
    for (const email of [OPEN_DOOR_WORKER, SAFE_PASSAGE_WORKER, WESTMERE_OFFICER]) {
      const inbox = await people.must<{ invitations: { items: InvitationView[] } }>(email, INBOX, { first: 20 });
      expect(inbox.invitations.items.map((i) => i.id)).not.toContain(id);
    }
    // Nor can another force act on it or its operation.
    expect(errorCode(await people.gql(WESTMERE_OFFICER, WITHDRAW, { id, reason: 'Mine now' }))).toBe('NOT_FOUND');
    expect(errorCode(await people.gql(WESTMERE_OFFICER, OPERATION, { id: operation.id }))).toBe('NOT_FOUND');
    expect(errorCode(await people.gql(OPEN_DOOR_WORKER, COLLEAGUES, { id }))).toBe('NOT_FOUND');
  });
});
