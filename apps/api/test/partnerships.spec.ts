import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { addDays, ukDate } from '@liaise/shared-domain';
import { beginTenantTransaction, inTenantTransaction } from '@liaise/api-core';
import { PartnershipService } from '@liaise/api-partnerships';
import { withClient } from '@liaise/api-testing';
import { DEMO_ORGANISATION_IDS, demoPartnership, demoPerson } from './support/demo.js';
import { errorCode } from './support/graphql.js';
import { SignedInPeople } from './support/sign-in.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const { northshire, westmere, harbour, openDoor, safePassage } = DEMO_ORGANISATION_IDS;
const northshireHarbour = demoPartnership('Northshire Police', 'Harbour Lights Project').id;
const northshireSafePassage = demoPartnership('Northshire Police', 'Safe Passage MSHT Service').id;
const westmereOpenDoor = demoPartnership('Westmere Constabulary', 'Open Door Outreach').id;
const westmereHarbour = demoPartnership('Westmere Constabulary', 'Harbour Lights Project').id;
const northshireOpenDoor = demoPartnership('Northshire Police', 'Open Door Outreach').id;

const NORTHSHIRE_ADMIN = 'admin@northshire.police.example';
const NORTHSHIRE_OFFICER = 'liaison.officer@northshire.police.example';
const WESTMERE_ADMIN = 'admin@westmere.police.example';
const WESTMERE_OFFICER = 'liaison.officer@westmere.police.example';
const HARBOUR_ADMIN = 'admin@harbourlights.example';
const HARBOUR_WORKER = 'outreach.worker@harbourlights.example';
const OPEN_DOOR_ADMIN = 'admin@opendoor.example';
const SAFE_PASSAGE_ADMIN = 'admin@safepassage.example';
const SAFE_PASSAGE_WORKER = 'outreach.worker@safepassage.example';

const FIELDS = `id status mySide availableActions legalBasis agreementReference signedOn reviewOn statusReason statusChangedBy version
  force { id name kind } project { id name kind contactEmail }`;
const LIST = `query($status: [PartnershipStatus!]) { partnerships(status: $status) { ${FIELDS} } }`;
const ONE = `query($id: ID!) { partnership(id: $id) { ${FIELDS} } }`;
const PROPOSE = `mutation($input: ProposePartnershipInput!) { proposePartnership(input: $input) { ${FIELDS} } }`;
const RESPOND = `mutation($id: ID!, $accept: Boolean!, $reason: String) { respondToPartnership(id: $id, accept: $accept, reason: $reason) { ${FIELDS} } }`;
const SUSPEND = `mutation($id: ID!, $reason: String!) { suspendPartnership(id: $id, reason: $reason) { ${FIELDS} } }`;
const RESUME = `mutation($id: ID!) { resumePartnership(id: $id) { ${FIELDS} } }`;
const END = `mutation($id: ID!, $reason: String!) { endPartnership(id: $id, reason: $reason) { ${FIELDS} } }`;
const UPDATE = `mutation($input: UpdatePartnershipAgreementInput!) { updatePartnershipAgreement(input: $input) { ${FIELDS} } }`;

interface PartnershipView {
  id: string;
  status: string;
  mySide: string;
  availableActions: string[];
  legalBasis: string;
  agreementReference: string;
  signedOn: string;
  reviewOn: string;
  statusReason: string | null;
  statusChangedBy: string;
  version: number;
  force: { id: string; name: string };
  project: { id: string; name: string; contactEmail: string | null };
}

let t: TestApp;
let today: string;
beforeAll(async () => {
  t = await startTestApp();
  today = ukDate(t.clock.now());
});
afterAll(() => t.close());

const people = new SignedInPeople(() => t);

const snapshot = () => t.sql('select * from partnership order by id');
const auditOf = async (subjectId: string) =>
  t.sql<{ organisation_id: string; action: string; actor_organisation_id: string; detail: Record<string, unknown> }>(
    'select organisation_id, action, actor_organisation_id, detail from audit_entry where subject_id = $1 order by organisation_id, seq',
    [subjectId],
  );

const proposal = (overrides: Record<string, unknown> = {}) => ({
  projectOrganisationId: safePassage,
  legalBasis: 'STATUTORY_CDA_1998_S115',
  agreementReference: 'WC/ISA/0502',
  signedOn: addDays(today, -7),
  reviewOn: addDays(today, 358),
  ...overrides,
});

async function isActiveBetween(actingOrganisationId: string, forceId: string, projectId: string): Promise<boolean> {
  const service = t.app.get(PartnershipService);
  return inTenantTransaction(t.app.get(DataSource), { organisationId: actingOrganisationId }, (manager) => service.isActiveBetween(manager, forceId, projectId));
}

describe('reading partnerships', () => {
  it("shows each organisation its own partnerships, both sides' names, and which side it is", async () => {
    const force = await (await people.as(NORTHSHIRE_OFFICER)).gql<{ partnerships: PartnershipView[] }>(LIST);
    expect(force.errors).toBeUndefined();
    expect(force.data?.partnerships.map((p) => p.id).sort()).toEqual([northshireHarbour, northshireSafePassage, northshireOpenDoor].sort());
    const withHarbour = force.data?.partnerships.find((p) => p.id === northshireHarbour);
    expect(withHarbour).toMatchObject({
      status: 'ACTIVE',
      mySide: 'FORCE',
      legalBasis: 'STATUTORY_CDA_1998_S115',
      agreementReference: 'NSP-ISA-2025-014',
      force: { id: northshire, name: 'Northshire Police', kind: 'POLICE_FORCE' },
      project: { id: harbour, name: 'Harbour Lights Project', contactEmail: 'hello@harbourlights.example' },
    });
    const project = await (await people.as(HARBOUR_WORKER)).gql<{ partnerships: PartnershipView[] }>(LIST);
    expect(project.data?.partnerships.map((p) => p.id).sort()).toEqual([northshireHarbour, westmereHarbour].sort());
    expect(project.data?.partnerships.every((p) => p.mySide === 'PROJECT')).toBe(true);
  });

  it('filters by status', async () => {
    const result = await (await people.as(NORTHSHIRE_OFFICER)).gql<{ partnerships: PartnershipView[] }>(LIST, { status: ['PROPOSED'] });
    expect(result.data?.partnerships.map((p) => p.id)).toEqual([northshireOpenDoor]);
  });

  it("answers another organisation's partnership exactly as a random id", async () => {
    const westmere = await people.as(WESTMERE_ADMIN);
    const real = await westmere.gql(ONE, { id: northshireHarbour });
    const random = await westmere.gql(ONE, { id: randomUUID() });
    const malformed = await westmere.gql(ONE, { id: 'nonsense' });
    expect(errorCode(real)).toBe('NOT_FOUND');
    expect(real).toEqual(random);
    expect(real).toEqual(malformed);
  });

  it('tells each side what it may do next', async () => {
    const force = await (await people.as(NORTHSHIRE_ADMIN)).gql<{ partnership: PartnershipView }>(ONE, { id: northshireOpenDoor });
    expect(force.data?.partnership.availableActions).toEqual(['END']);
    const project = await (await people.as(OPEN_DOOR_ADMIN)).gql<{ partnership: PartnershipView }>(ONE, { id: northshireOpenDoor });
    expect(project.data?.partnership.availableActions).toEqual(['ACCEPT', 'DECLINE']);
    const active = await (await people.as(HARBOUR_ADMIN)).gql<{ partnership: PartnershipView }>(ONE, { id: westmereHarbour });
    expect(active.data?.partnership.availableActions).toEqual(['SUSPEND', 'END']);
  });

  it('is kept from other organisations by row-level security as well', async () => {
    const seen = await withClient(t.db.appUrl, async (client) => {
      await client.query('begin');
      await client.query("select set_config('app.org_id', $1, true)", [westmere]);
      const rows = (await client.query<{ id: string }>('select id from partnership order by id')).rows.map((row) => row.id);
      await client.query('rollback');
      return rows;
    });
    expect(seen).toEqual([westmereOpenDoor, westmereHarbour].sort());
    await expect(
      withClient(t.db.appUrl, async (client) => {
        await client.query('begin');
        await client.query("select set_config('app.org_id', $1, true)", [westmere]);
        return client.query(
          `insert into partnership (id, force_organisation_id, project_organisation_id, status, legal_basis, agreement_reference, signed_on,
             review_on, proposed_by_user_id, proposed_at, status_changed_at, status_changed_by_user_id, status_changed_by_organisation_id, version)
           values (gen_random_uuid(), $1, $2, 'ACTIVE', 'CONSENT', 'forged', current_date, current_date + 1, gen_random_uuid(), now(), now(),
             gen_random_uuid(), $1, 1)`,
          [northshire, openDoor],
        );
      }),
    ).rejects.toThrow(/row-level security/);
  });
});

describe('proposing a partnership', () => {
  it("refuses bad input with the field's own message, writing nothing", async () => {
    const admin = await people.as(WESTMERE_ADMIN);
    const before = await snapshot();
    const cases: [Record<string, unknown>, string, string][] = [
      [{ projectOrganisationId: northshire }, 'Choose a project from the directory', 'projectOrganisationId'],
      [{ projectOrganisationId: randomUUID() }, 'Choose a project from the directory', 'projectOrganisationId'],
      [{ signedOn: addDays(today, 1) }, 'Date signed must be today or in the past', 'signedOn'],
      [{ signedOn: '2026-02-30' }, 'Date signed must be a real date', 'signedOn'],
      [{ reviewOn: addDays(today, -30), signedOn: addDays(today, -60) }, 'Review date must be today or in the future', 'reviewOn'],
      [{ reviewOn: addDays(today, -8) }, 'Review date must be after the date signed', 'reviewOn'],
    ];
    for (const [overrides, message, field] of cases) {
      const result = await admin.gql(PROPOSE, { input: proposal(overrides) });
      expect({ overrides, error: result.errors?.[0] }).toMatchObject({ overrides, error: { message, extensions: { field } } });
    }
    for (const [overrides, message] of [
      [{ agreementReference: '  ' }, 'Enter the agreement reference'],
      [{ signedOn: '28/11/2026' }, 'Date signed must be a real date'],
      [{ projectOrganisationId: 'not-an-id' }, 'Choose a project from the directory'],
    ] as const) {
      const result = await admin.gql(PROPOSE, { input: proposal(overrides) });
      expect(errorCode(result)).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0]?.message).toContain(message);
    }
    expect(errorCode(await admin.gql(PROPOSE, { input: proposal({ legalBasis: 'GUT_FEELING' }) }))).toBe('BAD_USER_INPUT');
    expect(await snapshot()).toEqual(before);
  });

  it('is for a force’s administrator only', async () => {
    const before = await snapshot();
    const project = await (await people.as(HARBOUR_ADMIN)).gql(PROPOSE, { input: proposal({ projectOrganisationId: northshire }) });
    expect(project.errors?.[0]).toMatchObject({ extensions: { code: 'NOT_A_FORCE' } });
    expect(project.errors?.[0]?.message).toMatch(/^Only a police force can propose a partnership/);
    expect(errorCode(await (await people.as(WESTMERE_OFFICER)).gql(PROPOSE, { input: proposal() }))).toBe('NOT_FOUND');
    expect(await snapshot()).toEqual(before);
  });

  it('proposes to a project, which sees it; audited on both trails; nobody else sees it', async () => {
    const result = await (await people.as(WESTMERE_ADMIN)).gql<{ proposePartnership: PartnershipView }>(PROPOSE, { input: proposal() });
    expect(result.errors).toBeUndefined();
    const proposed = result.data?.proposePartnership;
    expect(proposed).toMatchObject({
      status: 'PROPOSED',
      mySide: 'FORCE',
      availableActions: ['END'],
      agreementReference: 'WC/ISA/0502',
      force: { id: westmere },
      project: { id: safePassage, name: 'Safe Passage MSHT Service' },
      version: 1,
    });
    const id = proposed?.id ?? '';
    const seen = await (await people.as(SAFE_PASSAGE_WORKER)).gql<{ partnership: PartnershipView }>(ONE, { id });
    expect(seen.data?.partnership).toMatchObject({ status: 'PROPOSED', mySide: 'PROJECT' });
    expect(errorCode(await (await people.as(NORTHSHIRE_ADMIN)).gql(ONE, { id }))).toBe('NOT_FOUND');
    const audit = await auditOf(id);
    expect(audit.map((e) => [e.organisation_id, e.action, e.actor_organisation_id])).toEqual(
      [
        [westmere, 'partnership.proposed', westmere],
        [safePassage, 'partnership.proposed', westmere],
      ].sort(),
    );
  });

  it('refuses a second open partnership with the same project, by name', async () => {
    const before = await snapshot();
    const duplicate = await (await people.as(WESTMERE_ADMIN)).gql(PROPOSE, { input: proposal() });
    expect(duplicate.errors?.[0]).toEqual({
      message: 'You already have a proposed partnership with Safe Passage MSHT Service. End it before proposing a new one.',
      path: ['proposePartnership'],
      extensions: { code: 'PARTNERSHIP_EXISTS', field: 'projectOrganisationId' },
    });
    const active = await (await people.as(NORTHSHIRE_ADMIN)).gql(PROPOSE, { input: proposal({ projectOrganisationId: harbour }) });
    expect(active.errors?.[0]?.message).toBe('You already have an active partnership with Harbour Lights Project. End it before proposing a new one.');
    expect(await snapshot()).toEqual(before);
  });
});

describe('responding to a proposal', () => {
  let id: string;
  beforeAll(async () => {
    const [row] = await t.sql<{ id: string }>("select id from partnership where force_organisation_id = $1 and project_organisation_id = $2 and status = 'PROPOSED'", [
      westmere,
      safePassage,
    ]);
    id = row?.id ?? '';
  });

  it('is refused to everyone but the project’s administrator, and changes nothing', async () => {
    const before = await snapshot();
    expect(errorCode(await (await people.as(SAFE_PASSAGE_WORKER)).gql(RESPOND, { id, accept: true }))).toBe('NOT_FOUND');
    const force = await (await people.as(WESTMERE_ADMIN)).gql(RESPOND, { id, accept: true });
    expect(force.errors?.[0]).toMatchObject({ message: 'Only the project can accept or decline a proposed partnership', extensions: { code: 'NOT_YOUR_SIDE' } });
    const outsider = await people.as(HARBOUR_ADMIN);
    expect(await outsider.gql(RESPOND, { id, accept: true })).toEqual(await outsider.gql(RESPOND, { id: randomUUID(), accept: true }));
    expect(errorCode(await outsider.gql(RESPOND, { id, accept: true }))).toBe('NOT_FOUND');
    const noReason = await (await people.as(SAFE_PASSAGE_ADMIN)).gql(RESPOND, { id, accept: false, reason: ' ' });
    expect(noReason.errors?.[0]).toMatchObject({
      message: 'Enter the reason the partnership is being declined',
      extensions: { code: 'REASON_REQUIRED', field: 'reason' },
    });
    expect(await snapshot()).toEqual(before);
  });

  it('is accepted by the project’s administrator: both sides see it active', async () => {
    const accepted = await (await people.as(SAFE_PASSAGE_ADMIN)).gql<{ respondToPartnership: PartnershipView }>(RESPOND, { id, accept: true });
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data?.respondToPartnership).toMatchObject({ status: 'ACTIVE', mySide: 'PROJECT', statusChangedBy: 'PROJECT', availableActions: ['SUSPEND', 'END'] });
    const force = await (await people.as(WESTMERE_OFFICER)).gql<{ partnership: PartnershipView }>(ONE, { id });
    expect(force.data?.partnership.status).toBe('ACTIVE');
    const [row] = await t.sql<{ responded_by_user_id: string; responded_at: Date }>('select responded_by_user_id, responded_at from partnership where id = $1', [id]);
    expect(row?.responded_by_user_id).toBe(demoPerson(SAFE_PASSAGE_ADMIN).id);
    expect(row?.responded_at).toBeInstanceOf(Date);
    const audit = (await auditOf(id)).filter((e) => e.action === 'partnership.accepted');
    expect(audit.map((e) => e.organisation_id).sort()).toEqual([westmere, safePassage].sort());
    expect(await isActiveBetween(westmere, westmere, safePassage)).toBe(true);
  });

  it('cannot be answered twice', async () => {
    const again = await (await people.as(SAFE_PASSAGE_ADMIN)).gql(RESPOND, { id, accept: false, reason: 'Changed our mind' });
    expect(again.errors?.[0]).toMatchObject({ message: 'This partnership is active, so it cannot be declined', extensions: { code: 'INVALID_TRANSITION' } });
  });

  it('is declined with a reason, after which the force may propose again', async () => {
    const declined = await (await people.as(OPEN_DOOR_ADMIN)).gql<{ respondToPartnership: PartnershipView }>(RESPOND, {
      id: northshireOpenDoor,
      accept: false,
      reason: 'We need to agree the referral pathway first',
    });
    expect(declined.data?.respondToPartnership).toMatchObject({ status: 'DECLINED', statusReason: 'We need to agree the referral pathway first', availableActions: [] });
    const audit = (await auditOf(northshireOpenDoor)).find((e) => e.organisation_id === northshire);
    expect(audit).toMatchObject({ action: 'partnership.declined', detail: { from: 'PROPOSED', to: 'DECLINED', reason: 'We need to agree the referral pathway first' } });
    const again = await (await people.as(NORTHSHIRE_ADMIN)).gql<{ proposePartnership: PartnershipView }>(PROPOSE, {
      input: proposal({ projectOrganisationId: openDoor, agreementReference: 'NSP-ISA-2026-009' }),
    });
    expect(again.data?.proposePartnership.status).toBe('PROPOSED');
  });

  it('can be withdrawn by the force that proposed it', async () => {
    const [row] = await t.sql<{ id: string }>("select id from partnership where force_organisation_id = $1 and project_organisation_id = $2 and status = 'PROPOSED'", [
      northshire,
      openDoor,
    ]);
    const projectTries = await (await people.as(OPEN_DOOR_ADMIN)).gql(END, { id: row?.id, reason: 'No' });
    expect(projectTries.errors?.[0]?.message).toBe('To turn down a proposed partnership, decline it');
    const withdrawn = await (await people.as(NORTHSHIRE_ADMIN)).gql<{ endPartnership: PartnershipView }>(END, { id: row?.id, reason: 'Proposed by mistake' });
    expect(withdrawn.data?.endPartnership.status).toBe('ENDED');
  });
});

describe('suspending, resuming and ending', () => {
  it('is refused to people who are not administrators, and to organisations outside it', async () => {
    const before = await snapshot();
    expect(errorCode(await (await people.as(HARBOUR_WORKER)).gql(SUSPEND, { id: northshireHarbour, reason: 'x' }))).toBe('NOT_FOUND');
    expect(errorCode(await (await people.as(NORTHSHIRE_OFFICER)).gql(END, { id: northshireHarbour, reason: 'x' }))).toBe('NOT_FOUND');
    const outsider = await people.as(WESTMERE_ADMIN);
    const real = await outsider.gql(SUSPEND, { id: northshireHarbour, reason: 'x' });
    expect(real).toEqual(await outsider.gql(SUSPEND, { id: randomUUID(), reason: 'x' }));
    expect(errorCode(real)).toBe('NOT_FOUND');
    expect(await snapshot()).toEqual(before);
  });

  it('needs a reason to suspend or end', async () => {
    const admin = await people.as(HARBOUR_ADMIN);
    for (const mutation of [SUSPEND, END]) {
      const result = await admin.gql(mutation, { id: northshireHarbour, reason: '' });
      expect(result.errors?.[0]).toMatchObject({ extensions: { code: 'REASON_REQUIRED', field: 'reason' } });
    }
    const tooLong = await admin.gql(SUSPEND, { id: northshireHarbour, reason: 'x'.repeat(1001) });
    expect(tooLong.errors?.[0]).toMatchObject({ message: 'Reason must be 1000 characters or fewer', extensions: { field: 'reason' } });
  });

  it('is suspended by either side, stops being active at once, and only the side that suspended resumes it', async () => {
    expect(await isActiveBetween(northshire, northshire, harbour)).toBe(true);
    const suspended = await (await people.as(HARBOUR_ADMIN)).gql<{ suspendPartnership: PartnershipView }>(SUSPEND, {
      id: northshireHarbour,
      reason: 'Concerns about the last operation; meeting arranged',
    });
    expect(suspended.data?.suspendPartnership).toMatchObject({ status: 'SUSPENDED', statusChangedBy: 'PROJECT', availableActions: ['RESUME', 'END'] });
    expect(await isActiveBetween(northshire, northshire, harbour)).toBe(false);
    const forceView = await (await people.as(NORTHSHIRE_ADMIN)).gql<{ partnership: PartnershipView }>(ONE, { id: northshireHarbour });
    expect(forceView.data?.partnership.availableActions).toEqual(['END']);
    const forceResumes = await (await people.as(NORTHSHIRE_ADMIN)).gql(RESUME, { id: northshireHarbour });
    expect(forceResumes.errors?.[0]).toMatchObject({
      message: 'Only the project that suspended this partnership can resume it',
      extensions: { code: 'NOT_YOUR_SIDE' },
    });
    const again = await (await people.as(NORTHSHIRE_ADMIN)).gql(SUSPEND, { id: northshireHarbour, reason: 'x' });
    expect(again.errors?.[0]?.message).toBe('This partnership is suspended, so it cannot be suspended');
    const resumed = await (await people.as(HARBOUR_ADMIN)).gql<{ resumePartnership: PartnershipView }>(RESUME, { id: northshireHarbour });
    expect(resumed.data?.resumePartnership.status).toBe('ACTIVE');
    expect(await isActiveBetween(northshire, northshire, harbour)).toBe(true);
    const actions = (await auditOf(northshireHarbour)).filter((e) => e.organisation_id === harbour).map((e) => e.action);
    expect(actions).toEqual(['partnership.suspended', 'partnership.resumed']);
  });

  it('makes a suspension wait for an invitation being made at that moment, and then take effect', async () => {
    // An invitation's transaction checks the partnership (and holds a share lock on it) ...
    const service = t.app.get(PartnershipService);
    const invitation = await beginTenantTransaction(t.app.get(DataSource), { organisationId: northshire });
    expect(await service.isActiveBetween(invitation.manager, northshire, harbour)).toBe(true);
    // ... so a suspension sent meanwhile waits for it ...
    let suspendedAt: number | undefined;
    const suspension = (await people.as(HARBOUR_ADMIN)).gql<{ suspendPartnership: PartnershipView }>(SUSPEND, { id: northshireHarbour, reason: 'Paused' }).then((result) => {
      suspendedAt = Date.now();
      return result;
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(suspendedAt).toBeUndefined();
    const committedAt = Date.now();
    await invitation.commit();
    // ... and once it is through, nothing new sees the partnership as active.
    expect((await suspension).data?.suspendPartnership.status).toBe('SUSPENDED');
    expect(suspendedAt).toBeGreaterThanOrEqual(committedAt);
    expect(await isActiveBetween(northshire, northshire, harbour)).toBe(false);
    await (await people.as(HARBOUR_ADMIN)).gql(RESUME, { id: northshireHarbour });
  });

  it('answers false for organisations outside the partnership, and when one side is suspended from Liaise', async () => {
    expect(await isActiveBetween(westmere, northshire, harbour)).toBe(false);
    expect(await isActiveBetween(northshire, northshire, 'not-a-uuid')).toBe(false);
    expect(await isActiveBetween(northshire, northshire, randomUUID())).toBe(false);
    await t.sql("update organisation set status = 'SUSPENDED' where id = $1", [harbour]);
    expect(await isActiveBetween(northshire, northshire, harbour)).toBe(false);
    await t.sql("update organisation set status = 'ACTIVE' where id = $1", [harbour]);
    expect(await isActiveBetween(northshire, northshire, harbour)).toBe(true);
  });

  it('is ended by either side with a reason, and then nothing more can happen to it', async () => {
    const ended = await (await people.as(NORTHSHIRE_ADMIN)).gql<{ endPartnership: PartnershipView }>(END, { id: northshireHarbour, reason: 'Project closing its Port Allen service' });
    expect(ended.data?.endPartnership).toMatchObject({ status: 'ENDED', statusReason: 'Project closing its Port Allen service', availableActions: [] });
    expect(await isActiveBetween(northshire, northshire, harbour)).toBe(false);
    const before = await snapshot();
    for (const [mutation, variables, message] of [
      [RESUME, { id: northshireHarbour }, 'This partnership is ended, so it cannot be resumed'],
      [SUSPEND, { id: northshireHarbour, reason: 'x' }, 'This partnership is ended, so it cannot be suspended'],
      [END, { id: northshireHarbour, reason: 'x' }, 'This partnership is ended, so it cannot be ended'],
    ] as const) {
      const result = await (await people.as(HARBOUR_ADMIN)).gql(mutation, variables);
      expect(result.errors?.[0]).toMatchObject({ message, extensions: { code: 'INVALID_TRANSITION' } });
    }
    expect(await snapshot()).toEqual(before);
  });
});

describe('changing the agreement', () => {
  const change = (version: number, overrides: Record<string, unknown> = {}) => ({
    id: northshireSafePassage,
    legalBasis: 'CONSENT',
    agreementReference: 'NSP-ISA-2025-022 rev 2',
    signedOn: addDays(today, -100),
    reviewOn: addDays(today, 200),
    version,
    ...overrides,
  });

  it('is done by either side’s administrator, audited on both trails', async () => {
    const result = await (await people.as(SAFE_PASSAGE_ADMIN)).gql<{ updatePartnershipAgreement: PartnershipView }>(UPDATE, { input: change(1) });
    expect(result.errors).toBeUndefined();
    expect(result.data?.updatePartnershipAgreement).toMatchObject({ legalBasis: 'CONSENT', agreementReference: 'NSP-ISA-2025-022 rev 2', version: 2 });
    const audit = (await auditOf(northshireSafePassage)).filter((e) => e.action === 'partnership.agreement-updated');
    expect(audit.map((e) => e.organisation_id).sort()).toEqual([northshire, safePassage].sort());
    expect(audit[0]?.detail['changed']).toEqual(['legalBasis', 'agreementReference', 'signedOn', 'reviewOn']);
  });

  it('refuses a stale save, bad dates, and outsiders, writing nothing', async () => {
    const before = await snapshot();
    const stale = await (await people.as(NORTHSHIRE_ADMIN)).gql(UPDATE, { input: change(1, { agreementReference: 'Overwrites the other change' }) });
    expect(stale.errors?.[0]).toMatchObject({ extensions: { code: 'STALE' } });
    const dates = await (await people.as(NORTHSHIRE_ADMIN)).gql(UPDATE, { input: change(2, { reviewOn: addDays(today, -100) }) });
    expect(dates.errors?.[0]).toMatchObject({ message: 'Review date must be after the date signed', extensions: { field: 'reviewOn' } });
    expect(errorCode(await (await people.as(NORTHSHIRE_OFFICER)).gql(UPDATE, { input: change(2) }))).toBe('NOT_FOUND');
    const outsider = await people.as(HARBOUR_ADMIN);
    expect(await outsider.gql(UPDATE, { input: change(2) })).toEqual(await outsider.gql(UPDATE, { input: change(2, { id: randomUUID() }) }));
    const ended = await (await people.as(NORTHSHIRE_ADMIN)).gql(UPDATE, { input: change(1, { id: northshireHarbour }) });
    expect(ended.errors?.[0]?.message).toBe('This partnership is ended, so its agreement cannot be changed');
    expect(await snapshot()).toEqual(before);
  });
});
