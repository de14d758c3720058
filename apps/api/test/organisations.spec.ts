import { randomUUID } from 'node:crypto';
import { withClient } from '@liaise/api-testing';
import { DEMO_ORGANISATIONS, PLATFORM_ORGANISATION } from '../src/demo/demo-organisations.js';
import { DEMO_PASSWORD } from '../src/demo/demo-people.js';
import { Browser } from './support/browser.js';
import { DEMO_ORGANISATION_IDS } from './support/demo.js';
import { errorCode } from './support/graphql.js';
import { SignedInPeople } from './support/sign-in.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const PLATFORM_ADMIN = 'platform.admin@liaise.example';
const NORTHSHIRE_ADMIN = 'admin@northshire.police.example';
const NORTHSHIRE_OFFICER = 'liaison.officer@northshire.police.example';
const HARBOUR_ADMIN = 'admin@harbourlights.example';
const HARBOUR_WORKER = 'outreach.worker@harbourlights.example';
const OPEN_DOOR_WORKER = 'outreach.worker@opendoor.example';

const { northshire, westmere, harbour, openDoor, safePassage } = DEMO_ORGANISATION_IDS;

const MY_ORGANISATION = `{ myOrganisation { id kind name status areasServed contactEmail contactPhone languagesOffered version } }`;
const UPDATE = `mutation($input: UpdateMyOrganisationInput!) {
  updateMyOrganisation(input: $input) { id name areasServed contactEmail contactPhone languagesOffered version }
}`;
const DIRECTORY = `{ organisations { id kind name areasServed languagesOffered } }`;
const PLATFORM_LIST = `{ organisationsForPlatform { id kind name status createdAt } }`;
const CREATE = `mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id kind name status } }`;
const SUSPEND = `mutation($id: ID!) { suspendOrganisation(id: $id) { id status } }`;
const REACTIVATE = `mutation($id: ID!) { reactivateOrganisation(id: $id) { id status } }`;

interface Organisation {
  id: string;
  kind: string;
  name: string;
  status: string;
  areasServed: string[];
  contactEmail: string | null;
  contactPhone: string | null;
  languagesOffered: string[];
  version: number;
}

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const people = new SignedInPeople(() => t);

const auditActions = async (organisationId: string, subjectId: string) =>
  (await t.sql<{ action: string }>('select action from audit_entry where organisation_id = $1 and subject_id = $2 order by seq', [organisationId, subjectId])).map(
    (row) => row.action,
  );

describe('myOrganisation', () => {
  it("shows each person their own organisation's profile", async () => {
    const officer = await (await people.as(NORTHSHIRE_OFFICER)).gql<{ myOrganisation: Organisation }>(MY_ORGANISATION);
    expect(officer.errors).toBeUndefined();
    expect(officer.data?.myOrganisation).toMatchObject({
      id: northshire,
      kind: 'POLICE_FORCE',
      name: 'Northshire Police',
      status: 'ACTIVE',
      areasServed: ['Northshire', 'Port Allen', 'Kingsbridge'],
      contactEmail: 'msht.liaison@northshire.police.example',
      version: 1,
    });
    const worker = await (await people.as(HARBOUR_WORKER)).gql<{ myOrganisation: Organisation }>(MY_ORGANISATION);
    expect(worker.data?.myOrganisation.id).toBe(harbour);
  });

  it('is not for the platform administrator, who reads no organisation’s data', async () => {
    const result = await (await people.as(PLATFORM_ADMIN)).gql(MY_ORGANISATION);
    expect(errorCode(result)).toBe('NOT_FOUND');
    expect(result.data).toBeNull();
  });

  it('needs someone signed in', async () => {
    expect(errorCode(await new Browser(t.url).gql(MY_ORGANISATION))).toBe('UNAUTHENTICATED');
  });
});

describe('the partner directory (organisations)', () => {
  it('shows a force the active projects and agencies, and nothing of their contact details or people', async () => {
    const result = await (await people.as(NORTHSHIRE_OFFICER)).gql<{ organisations: { id: string; kind: string; name: string }[] }>(DIRECTORY);
    expect(result.errors).toBeUndefined();
    expect(result.data?.organisations.map((o) => o.id).sort()).toEqual([harbour, openDoor, safePassage].sort());
    expect(result.data?.organisations.find((o) => o.id === harbour)).toEqual({
      id: harbour,
      kind: 'SEX_WORK_PROJECT',
      name: 'Harbour Lights Project',
      areasServed: ['Port Allen', 'Kingsbridge', 'Hollin Vale'],
      languagesOffered: ['English', 'Romanian', 'Bulgarian', 'Thai'],
    });
    // The directory's type has no such fields: asking for them is a bad query, not an empty answer.
    const prying = await (await people.as(NORTHSHIRE_OFFICER)).gql('{ organisations { id contactEmail } }');
    expect(errorCode(prying)).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('shows a project the active forces', async () => {
    const result = await (await people.as(HARBOUR_WORKER)).gql<{ organisations: { id: string }[] }>(DIRECTORY);
    expect(result.data?.organisations.map((o) => o.id).sort()).toEqual([northshire, westmere].sort());
  });

  it('shows the platform administrator nothing', async () => {
    expect(errorCode(await (await people.as(PLATFORM_ADMIN)).gql(DIRECTORY))).toBe('NOT_FOUND');
  });

  it('gives the application role no other organisation’s row: only the function’s directory columns', async () => {
    const rows = await withClient(t.db.appUrl, async (client) => {
      await client.query('begin');
      await client.query("select set_config('app.org_id', $1, true)", [northshire]);
      const table = (await client.query('select id from organisation')).rows;
      const directory = (await client.query('select * from organisation_directory()')).rows;
      await client.query('rollback');
      return { table, directory };
    });
    expect(rows.table).toEqual([{ id: northshire }]);
    expect(Object.keys(rows.directory[0] ?? {}).sort()).toEqual(['areas_served', 'id', 'kind', 'languages_offered', 'name']);
  });
});

describe('updateMyOrganisation', () => {
  const input = (version: number, overrides: Record<string, unknown> = {}) => ({
    name: 'Harbour Lights Project',
    areasServed: ['Port Allen', ' Kingsbridge ', 'Hollin Vale', 'port allen', 'Eastcliff'],
    contactEmail: 'Hello@HarbourLights.example',
    contactPhone: '01632 960 301',
    languagesOffered: ['English', 'Romanian', 'Bulgarian', 'Thai', 'Vietnamese'],
    version,
    ...overrides,
  });

  it("lets the organisation's administrator change its profile, audited, with a new version", async () => {
    const admin = await people.as(HARBOUR_ADMIN);
    const before = (await admin.gql<{ myOrganisation: Organisation }>(MY_ORGANISATION)).data?.myOrganisation;
    const result = await admin.gql<{ updateMyOrganisation: Organisation }>(UPDATE, { input: input(before?.version ?? 0) });
    expect(result.errors).toBeUndefined();
    expect(result.data?.updateMyOrganisation).toEqual({
      id: harbour,
      name: 'Harbour Lights Project',
      areasServed: ['Port Allen', 'Kingsbridge', 'Hollin Vale', 'Eastcliff'],
      contactEmail: 'hello@harbourlights.example',
      contactPhone: '01632 960 301',
      languagesOffered: ['English', 'Romanian', 'Bulgarian', 'Thai', 'Vietnamese'],
      version: (before?.version ?? 0) + 1,
    });
    expect(await auditActions(harbour, harbour)).toContain('organisation.updated');
    const [entry] = await t.sql<{ detail: { changed: string[] }; actor_user_id: string }>(
      "select detail, actor_user_id from audit_entry where organisation_id = $1 and action = 'organisation.updated' order by seq desc limit 1",
      [harbour],
    );
    // The e-mail address is stored lower-cased, so it did not change.
    expect(entry?.detail.changed).toEqual(['areasServed', 'contactPhone', 'languagesOffered']);
  });

  it('refuses a save based on an old version with STALE, and changes nothing', async () => {
    const admin = await people.as(HARBOUR_ADMIN);
    const current = (await admin.gql<{ myOrganisation: Organisation }>(MY_ORGANISATION)).data?.myOrganisation;
    const stale = await admin.gql(UPDATE, { input: input((current?.version ?? 2) - 1, { name: 'Harbour Lights (renamed)' }) });
    expect(errorCode(stale)).toBe('STALE');
    expect(stale.errors?.[0]?.message).toBe(
      'Someone else changed the organisation while you were editing it. Check the details and make your changes again.',
    );
    const after = (await admin.gql<{ myOrganisation: Organisation }>(MY_ORGANISATION)).data?.myOrganisation;
    expect(after).toEqual(current);
  });

  it('names the field at fault for bad input, and writes nothing', async () => {
    const admin = await people.as(HARBOUR_ADMIN);
    const current = (await admin.gql<{ myOrganisation: Organisation }>(MY_ORGANISATION)).data?.myOrganisation;
    const auditBefore = await auditActions(harbour, harbour);
    for (const [overrides, message] of [
      [{ name: '   ' }, 'Enter the name of the organisation'],
      [{ contactEmail: 'not an address' }, 'Enter a contact e-mail address in the correct format, like team@example.org'],
      [{ contactPhone: 'call us' }, 'Enter a contact phone number, like 01632 960 001 or +44 1632 960 001'],
      [{ areasServed: ['Port Allen', ''] }, 'An area served cannot be blank'],
      [{ languagesOffered: ['x'.repeat(61)] }, 'Each language must be 60 characters or fewer'],
    ] as const) {
      const result = await admin.gql(UPDATE, { input: input(current?.version ?? 0, overrides) });
      expect(errorCode(result)).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0]?.message).toContain(message);
    }
    expect((await admin.gql<{ myOrganisation: Organisation }>(MY_ORGANISATION)).data?.myOrganisation).toEqual(current);
    expect(await auditActions(harbour, harbour)).toEqual(auditBefore);
  });

  it('clears optional contact details given as blank', async () => {
    const admin = await people.as(HARBOUR_ADMIN);
    const current = (await admin.gql<{ myOrganisation: Organisation }>(MY_ORGANISATION)).data?.myOrganisation;
    const result = await admin.gql<{ updateMyOrganisation: Organisation }>(UPDATE, {
      input: input(current?.version ?? 0, { contactEmail: '', contactPhone: null }),
    });
    expect(result.data?.updateMyOrganisation).toMatchObject({ contactEmail: null, contactPhone: null });
  });

  it('is refused to people who are not administrators, and to the platform administrator', async () => {
    for (const email of [HARBOUR_WORKER, 'manager@harbourlights.example', PLATFORM_ADMIN]) {
      const result = await (await people.as(email)).gql(UPDATE, { input: input(1, { name: 'Taken over' }) });
      expect({ email, code: errorCode(result) }).toEqual({ email, code: 'NOT_FOUND' });
    }
    const [row] = await t.sql<{ name: string }>('select name from organisation where id = $1', [harbour]);
    expect(row?.name).toBe('Harbour Lights Project');
  });

  it("changes only the administrator's own organisation", async () => {
    const admin = await people.as(NORTHSHIRE_ADMIN);
    const before = await t.sql('select * from organisation where id <> $1 order by id', [northshire]);
    const mine = (await admin.gql<{ myOrganisation: Organisation }>(MY_ORGANISATION)).data?.myOrganisation;
    const result = await admin.gql<{ updateMyOrganisation: Organisation }>(UPDATE, {
      input: { name: 'Northshire Police', areasServed: ['Northshire'], contactEmail: null, contactPhone: null, languagesOffered: ['English'], version: mine?.version },
    });
    expect(result.data?.updateMyOrganisation.id).toBe(northshire);
    expect(await t.sql('select * from organisation where id <> $1 order by id', [northshire])).toEqual(before);
  });
});

describe('the platform administrator', () => {
  const newProject = (name: string) => ({
    kind: 'MSHT_PROJECT',
    name,
    areasServed: ['Eastcliff'],
    contactEmail: 'hello@eastcliff-msht.example',
    contactPhone: null,
    languagesOffered: ['English', 'Vietnamese'],
  });

  it('lists organisations by name, kind and status only', async () => {
    const result = await (await people.as(PLATFORM_ADMIN)).gql<{ organisationsForPlatform: { id: string; status: string }[] }>(PLATFORM_LIST);
    expect(result.errors).toBeUndefined();
    expect(result.data?.organisationsForPlatform.map((o) => o.id).sort()).toEqual([PLATFORM_ORGANISATION.id, ...DEMO_ORGANISATIONS.map((o) => o.id)].sort());
    const prying = await (await people.as(PLATFORM_ADMIN)).gql('{ organisationsForPlatform { id contactEmail areasServed } }');
    expect(errorCode(prying)).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('creates an organisation, audited on the platform’s trail and the new organisation’s', async () => {
    const result = await (await people.as(PLATFORM_ADMIN)).gql<{ createOrganisation: { id: string; kind: string; name: string; status: string } }>(CREATE, {
      input: newProject('Eastcliff MSHT Service'),
    });
    expect(result.errors).toBeUndefined();
    const created = result.data?.createOrganisation;
    expect(created).toMatchObject({ kind: 'MSHT_PROJECT', name: 'Eastcliff MSHT Service', status: 'ACTIVE' });
    const id = created?.id ?? '';
    expect(await auditActions(PLATFORM_ORGANISATION.id, id)).toEqual(['organisation.created']);
    expect(await auditActions(id, id)).toEqual(['organisation.created']);
    const [row] = await t.sql<{ areas_served: string[]; version: number }>('select areas_served, version from organisation where id = $1', [id]);
    expect(row).toEqual({ areas_served: ['Eastcliff'], version: 1 });
    // A force sees it in its directory straight away.
    const directory = await (await people.as(NORTHSHIRE_OFFICER)).gql<{ organisations: { id: string }[] }>(DIRECTORY);
    expect(directory.data?.organisations.map((o) => o.id)).toContain(id);
  });

  it('invites the first administrator of an organisation it created, and nobody else may', async () => {
    const platform = await people.as(PLATFORM_ADMIN);
    const created = await platform.gql<{ createOrganisation: { id: string } }>(CREATE, { input: newProject('Northgate Sex Work Project') });
    const id = created.data?.createOrganisation.id ?? '';
    const INVITE_ADMIN = 'mutation($input: InviteOrganisationAdministratorInput!) { inviteOrganisationAdministrator(input: $input) { email role } }';
    const invited = await platform.gql(INVITE_ADMIN, { input: { organisationId: id, email: 'First.Admin@northgate.example' } });
    expect(invited).toEqual({ data: { inviteOrganisationAdministrator: { email: 'first.admin@northgate.example', role: 'ORGANISATION_ADMIN' } } });
    expect(await t.sql('select role from user_invitation where organisation_id = $1', [id])).toEqual([{ role: 'ORGANISATION_ADMIN' }]);
    expect(await t.sql('select recipient from outbox_message where organisation_id = $1', [id])).toEqual([{ recipient: 'first.admin@northgate.example' }]);
    expect(await auditActions(PLATFORM_ORGANISATION.id, id)).toContain('organisation.administrator-invited');

    // Not for the platform's own organisation, not for one that does not exist, and not by anyone else.
    for (const organisationId of [PLATFORM_ORGANISATION.id, randomUUID()]) {
      expect(errorCode(await platform.gql(INVITE_ADMIN, { input: { organisationId, email: 'x@northgate.example' } }))).toBe('NOT_FOUND');
    }
    const admin = await people.as(HARBOUR_ADMIN);
    expect(errorCode(await admin.gql(INVITE_ADMIN, { input: { organisationId: id, email: 'y@northgate.example' } }))).toBe('NOT_FOUND');
    expect(await t.sql('select count(*)::int as n from user_invitation where organisation_id = $1', [id])).toEqual([{ n: 1 }]);
  });

  it('refuses a name already taken, and a platform kind, writing nothing', async () => {
    const admin = await people.as(PLATFORM_ADMIN);
    const count = async () => (await t.sql<{ n: number }>('select count(*)::int as n from organisation'))[0]?.n;
    const before = await count();
    const duplicate = await admin.gql(CREATE, { input: newProject('harbour lights project') });
    expect(duplicate.errors?.[0]).toMatchObject({
      message: 'An organisation called harbour lights project already exists',
      extensions: { code: 'DUPLICATE_NAME', field: 'name', params: { name: 'harbour lights project' } },
    });
    const platform = await admin.gql(CREATE, { input: { ...newProject('Another platform'), kind: 'PLATFORM' } });
    expect(errorCode(platform)).toBe('BAD_USER_INPUT');
    expect(platform.errors?.[0]?.message).toContain('Choose the kind of organisation');
    const blank = await admin.gql(CREATE, { input: newProject('') });
    expect(blank.errors?.[0]?.message).toContain('Enter the name of the organisation');
    expect(await count()).toBe(before);
  });

  it('suspends and reactivates an organisation: its people are signed out and it leaves the directory', async () => {
    const admin = await people.as(PLATFORM_ADMIN);
    const worker = await people.as(OPEN_DOOR_WORKER);
    const suspended = await admin.gql<{ suspendOrganisation: { status: string } }>(SUSPEND, { id: openDoor });
    expect(suspended.data?.suspendOrganisation).toEqual({ id: openDoor, status: 'SUSPENDED' });
    expect(await worker.viewerEmail()).toBeNull();
    const directory = await (await people.as(NORTHSHIRE_OFFICER)).gql<{ organisations: { id: string }[] }>(DIRECTORY);
    expect(directory.data?.organisations.map((o) => o.id)).not.toContain(openDoor);
    const again = await admin.gql(SUSPEND, { id: openDoor });
    expect(again.errors?.[0]).toMatchObject({ message: 'Open Door Outreach is already suspended', extensions: { code: 'ALREADY_DONE' } });

    const reactivated = await admin.gql<{ reactivateOrganisation: { status: string } }>(REACTIVATE, { id: openDoor });
    expect(reactivated.data?.reactivateOrganisation).toEqual({ id: openDoor, status: 'ACTIVE' });
    expect(await auditActions(openDoor, openDoor)).toEqual(['organisation.suspended', 'organisation.reactivated']);
    expect(await auditActions(PLATFORM_ORGANISATION.id, openDoor)).toEqual(['organisation.suspended', 'organisation.reactivated']);
    expect((await new Browser(t.url).signIn(OPEN_DOOR_WORKER, DEMO_PASSWORD)).errors).toBeUndefined();
  });

  it('answers a random id and the platform itself as not found', async () => {
    const admin = await people.as(PLATFORM_ADMIN);
    for (const id of [randomUUID(), 'not-a-uuid', PLATFORM_ORGANISATION.id]) {
      expect(errorCode(await admin.gql(SUSPEND, { id }))).toBe('NOT_FOUND');
    }
  });

  it('is the only one who may do these things', async () => {
    for (const email of [NORTHSHIRE_ADMIN, HARBOUR_WORKER]) {
      const browser = await people.as(email);
      expect(errorCode(await browser.gql(PLATFORM_LIST))).toBe('NOT_FOUND');
      expect(errorCode(await browser.gql(CREATE, { input: newProject('Rogue project') }))).toBe('NOT_FOUND');
      expect(errorCode(await browser.gql(SUSPEND, { id: safePassage }))).toBe('NOT_FOUND');
    }
    expect(await t.sql('select id from organisation where name = $1', ['Rogue project'])).toEqual([]);
  });

  it('cannot create an organisation through the database without acting as the platform', async () => {
    await expect(
      withClient(t.db.appUrl, async (client) => {
        await client.query('begin');
        await client.query("select set_config('app.org_id', $1, true)", [northshire]);
        return client.query("select platform_create_organisation(gen_random_uuid(), 'SEX_WORK_PROJECT', 'Rogue', '{}', null, null, '{}')");
      }),
    ).rejects.toThrow(/only the platform organisation creates organisations/);
  });

  it('reads no partnership, training or people of any organisation', async () => {
    const admin = await people.as(PLATFORM_ADMIN);
    for (const query of [
      '{ partnerships { id } }',
      `{ partnership(id: "${randomUUID()}") { id } }`,
      '{ peopleTraining { user { id } } }',
      '{ myTraining { id } }',
      '{ trainingCourses { id } }',
      '{ organisations { id } }',
    ]) {
      expect({ query, code: errorCode(await admin.gql(query)) }).toEqual({ query, code: 'NOT_FOUND' });
    }
    // And the database shows the platform's organisation none of it either.
    const counts = await withClient(t.db.appUrl, async (client) => {
      await client.query('begin');
      await client.query("select set_config('app.org_id', $1, true)", [PLATFORM_ORGANISATION.id]);
      const result: Record<string, unknown> = {};
      for (const table of ['partnership', 'training_record']) {
        result[table] = (await client.query(`select count(*)::int as n from ${table}`)).rows[0];
      }
      result['directory'] = (await client.query('select count(*)::int as n from organisation_directory()')).rows[0];
      result['partners'] = (await client.query('select count(*)::int as n from partnership_organisations($1::uuid[])', [[northshire, harbour]])).rows[0];
      await client.query('rollback');
      return result;
    });
    expect(counts).toEqual({ partnership: { n: 0 }, training_record: { n: 0 }, directory: { n: 0 }, partners: { n: 0 } });
  });
});
