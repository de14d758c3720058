import { DEMO_PASSWORD } from '../src/demo/demo-people.js';
import { Browser } from './support/browser.js';
import { demoPerson } from './support/demo.js';
import { signedIn } from './support/sign-in.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const HARBOUR_ADMIN = 'admin@harbourlights.example';
const HARBOUR_MANAGER = 'manager@harbourlights.example';
const HARBOUR_WORKER = 'outreach.worker@harbourlights.example';
const NORTHSHIRE_ADMIN = 'admin@northshire.police.example';
const RANDOM_ID = '7f1c8a52-4d0e-4b7a-9c3e-0a1b2c3d4e5f';


const PEOPLE = '{ people { id displayName email role status lastSignInAt } }';
const CHANGE_ROLE = 'mutation($userId: ID!, $role: Role!) { changeRole(userId: $userId, role: $role) { id role status } }';
const DISABLE = 'mutation($userId: ID!) { disableUser(userId: $userId) { id status } }';
const ENABLE = 'mutation($userId: ID!) { enableUser(userId: $userId) { id status } }';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const roleOf = async (email: string) => (await t.sql<{ role: string }>('select role from user_account where email = $1', [email]))[0]?.role;

describe("an organisation's people", () => {
  it("lists the administrator's own organisation only, with role, status and last sign-in", async () => {
    await signedIn(t.url, HARBOUR_WORKER);
    const admin = await signedIn(t.url, HARBOUR_ADMIN);
    const result = await admin.gql<{ people: { email: string; role: string; status: string; lastSignInAt: string | null }[] }>(PEOPLE);
    expect(result.errors).toBeUndefined();
    const people = result.data?.people ?? [];
    expect(people.map((p) => p.email).sort()).toEqual([HARBOUR_ADMIN, HARBOUR_MANAGER, HARBOUR_WORKER].sort());
    expect(people.find((p) => p.email === HARBOUR_WORKER)).toMatchObject({ role: 'OUTREACH_WORKER', status: 'ACTIVE' });
    expect(people.find((p) => p.email === HARBOUR_WORKER)?.lastSignInAt).not.toBeNull();
    const roles = await admin.gql<{ grantableRoles: string[] }>('{ grantableRoles }');
    expect(roles.data?.grantableRoles).toEqual(['OUTREACH_WORKER', 'MANAGER', 'ORGANISATION_ADMIN']);
    const police = await (await signedIn(t.url, NORTHSHIRE_ADMIN)).gql<{ grantableRoles: string[] }>('{ grantableRoles }');
    expect(police.data?.grantableRoles).toEqual(['LIAISON_OFFICER', 'MANAGER', 'ORGANISATION_ADMIN']);
  });

  it('is read by a manager, and by no outreach worker', async () => {
    expect((await (await signedIn(t.url, HARBOUR_MANAGER)).gql(PEOPLE)).errors).toBeUndefined();
    const worker = await (await signedIn(t.url, HARBOUR_WORKER)).gql(PEOPLE);
    expect(worker.errors?.[0]).toMatchObject({ message: 'Not found', extensions: { code: 'NOT_FOUND' } });
  });

  it("changes someone's role, within the roles the organisation has, and records it", async () => {
    const admin = await signedIn(t.url, HARBOUR_ADMIN);
    const worker = demoPerson(HARBOUR_WORKER).id;
    const changed = await admin.gql(CHANGE_ROLE, { userId: worker, role: 'MANAGER' });
    expect(changed).toEqual({ data: { changeRole: { id: worker, role: 'MANAGER', status: 'ACTIVE' } } });
    expect(await roleOf(HARBOUR_WORKER)).toBe('MANAGER');
    const trail = await t.sql('select detail from audit_entry where action = $1 and subject_id = $2', ['people.role-changed', worker]);
    // Managers need two-factor sign-in: the worker's open sessions must now give it first.
    expect(trail).toEqual([{ detail: { from: 'OUTREACH_WORKER', to: 'MANAGER', sessionsStepped: expect.any(Number) } }]);

    for (const role of ['LIAISON_OFFICER', 'PLATFORM_ADMIN']) {
      const refused = await admin.gql(CHANGE_ROLE, { userId: worker, role });
      expect(refused.errors?.[0]).toMatchObject({
        message: 'Choose a role people in Harbour Lights Project can have: outreach worker, manager or organisation administrator',
        extensions: { code: 'ROLE_NOT_ALLOWED', field: 'role' },
      });
    }
    expect((await admin.gql(CHANGE_ROLE, { userId: worker, role: 'OUTREACH_WORKER' })).errors).toBeUndefined();
    expect(await roleOf(HARBOUR_WORKER)).toBe('OUTREACH_WORKER');
  });

  it('lets no administrator demote or disable themselves', async () => {
    const admin = await signedIn(t.url, HARBOUR_ADMIN);
    const self = demoPerson(HARBOUR_ADMIN).id;
    const demote = await admin.gql(CHANGE_ROLE, { userId: self, role: 'OUTREACH_WORKER' });
    expect(demote.errors?.[0]).toMatchObject({
      message: 'You cannot change your own role: ask another administrator to do it',
      extensions: { code: 'CANNOT_CHANGE_OWN_ROLE' },
    });
    const disable = await admin.gql(DISABLE, { userId: self });
    expect(disable.errors?.[0]).toMatchObject({
      message: 'You cannot disable your own account: ask another administrator to do it',
      extensions: { code: 'CANNOT_DISABLE_SELF' },
    });
    expect(await t.sql('select role, status from user_account where id = $1', [self])).toEqual([{ role: 'ORGANISATION_ADMIN', status: 'ACTIVE' }]);
  });

  it('disabling someone ends every session they have and stops them signing in; enabling lets them back', async () => {
    const [laptop, phone] = [await signedIn(t.url, HARBOUR_WORKER), await signedIn(t.url, HARBOUR_WORKER)];
    const admin = await signedIn(t.url, HARBOUR_ADMIN);
    const worker = demoPerson(HARBOUR_WORKER).id;
    expect(await admin.gql(DISABLE, { userId: worker })).toEqual({ data: { disableUser: { id: worker, status: 'DISABLED' } } });
    const open = await t.sql('select count(*)::int as n from session where user_id = $1 and ended_at is null', [worker]);
    expect(open).toEqual([{ n: 0 }]);
    const reasons = await t.sql('select distinct ended_reason from session where user_id = $1 and ended_reason = $2', [worker, 'ACCOUNT_DISABLED']);
    expect(reasons).toHaveLength(1);
    expect(await laptop.viewerEmail()).toBeNull();
    expect(await phone.viewerEmail()).toBeNull();
    expect((await new Browser(t.url).signIn(HARBOUR_WORKER, DEMO_PASSWORD)).errors?.[0]?.extensions?.code).toBe('SIGN_IN_REFUSED');

    expect(await admin.gql(ENABLE, { userId: worker })).toEqual({ data: { enableUser: { id: worker, status: 'ACTIVE' } } });
    expect((await new Browser(t.url).signIn(HARBOUR_WORKER, DEMO_PASSWORD)).errors).toBeUndefined();
    const trail = await t.sql<{ action: string }>(
      "select action from audit_entry where subject_id = $1 and action in ('people.disabled', 'people.enabled') order by seq",
      [worker],
    );
    expect(trail.map((entry) => entry.action)).toEqual(['people.disabled', 'people.enabled']);
  });

  it('lets no manager or outreach worker change roles or disable anyone', async () => {
    for (const email of [HARBOUR_MANAGER, HARBOUR_WORKER]) {
      const browser = await signedIn(t.url, email);
      for (const [query, variables] of [
        [CHANGE_ROLE, { userId: demoPerson(HARBOUR_ADMIN).id, role: 'OUTREACH_WORKER' }],
        [DISABLE, { userId: demoPerson(HARBOUR_ADMIN).id }],
        [ENABLE, { userId: demoPerson(HARBOUR_ADMIN).id }],
      ] as const) {
        expect((await browser.gql(query, variables)).errors?.[0]).toMatchObject({ message: 'Not found', extensions: { code: 'NOT_FOUND' } });
      }
    }
  });
});

describe('people of another organisation', () => {
  it('are answered exactly like an id that does not exist, and left alone', async () => {
    const northshire = await signedIn(t.url, NORTHSHIRE_ADMIN);
    const listed = await northshire.gql<{ people: { email: string }[] }>(PEOPLE);
    expect(listed.data?.people.map((p) => p.email)).not.toContain(HARBOUR_WORKER);
    expect(listed.data?.people.every((p) => p.email.endsWith('@northshire.police.example'))).toBe(true);

    const cases: [string, (id: string) => Record<string, unknown>][] = [
      [CHANGE_ROLE, (userId) => ({ userId, role: 'MANAGER' })],
      [DISABLE, (userId) => ({ userId })],
      [ENABLE, (userId) => ({ userId })],
    ];
    let checked = 0;
    for (const [query, variables] of cases) {
      const random = await northshire.gql(query, variables(RANDOM_ID));
      expect(random.errors?.[0]).toMatchObject({ message: 'Not found', extensions: { code: 'NOT_FOUND' } });
      for (const other of [HARBOUR_WORKER, HARBOUR_ADMIN, 'liaison.officer@westmere.police.example']) {
        expect(await northshire.gql(query, variables(demoPerson(other).id))).toEqual(random);
        checked += 1;
      }
      expect(await northshire.gql(query, variables('not-an-id'))).toEqual(random);
    }
    expect(checked).toBe(9);
    expect(await t.sql('select role, status from user_account where email = $1', [HARBOUR_WORKER])).toEqual([
      { role: 'OUTREACH_WORKER', status: 'ACTIVE' },
    ]);
  });
});
