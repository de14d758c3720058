import { randomUUID } from 'node:crypto';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { APP_CONFIG, inTenantTransaction, type AppConfig } from '@liaise/api-core';
import { NotificationsService, OutboxWorker, renderMail, type Notified } from '@liaise/api-notifications';
import { startSmtpReceiver, withClient, type SmtpReceiver } from '@liaise/api-testing';
import { NOTIFICATION_EVENTS, NOTIFICATION_TEXT, type NotificationEvent, type Role } from '@liaise/shared-domain';
import { Browser } from './support/browser.js';
import { DEMO_ORGANISATION_IDS, demoPerson } from './support/demo.js';
import { SignedInPeople } from './support/sign-in.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const { northshire, westmere, harbour, openDoor } = DEMO_ORGANISATION_IDS;

const NORTHSHIRE_OFFICER = 'liaison.officer@northshire.police.example';
const NORTHSHIRE_MANAGER = 'manager@northshire.police.example';
const WESTMERE_OFFICER = 'liaison.officer@westmere.police.example';
const HARBOUR_WORKER = 'outreach.worker@harbourlights.example';
const HARBOUR_MANAGER = 'manager@harbourlights.example';
const HARBOUR_ADMIN = 'admin@harbourlights.example';
const OPEN_DOOR_WORKER = 'outreach.worker@opendoor.example';

const FIELDS = 'id event text subjectType subjectId link createdAt read';
const LIST = `query($first: Int, $after: String, $unreadOnly: Boolean) {
  notifications(first: $first, after: $after, unreadOnly: $unreadOnly) { items { ${FIELDS} } nextCursor unreadCount } }`;
const COUNT = '{ unreadNotificationCount }';
const MARK = 'mutation($ids: [ID!]!) { markNotificationsRead(ids: $ids) }';
const MARK_ALL = 'mutation { markAllNotificationsRead }';
const PREFERENCES = '{ notificationPreferences { event description email } }';
const SET_PREFERENCE = 'mutation($event: NotificationEvent!, $email: Boolean!) { setNotificationPreference(event: $event, email: $email) { event description email } }';

interface NotificationView {
  id: string;
  event: NotificationEvent;
  text: string;
  subjectType: string;
  subjectId: string;
  link: string;
  createdAt: string;
  read: boolean;
}
interface Page {
  items: NotificationView[];
  nextCursor: string | null;
  unreadCount: number;
}

let smtp: SmtpReceiver;
let t: TestApp;
let service: NotificationsService;
let dataSource: DataSource;
let publicUrl: string;

beforeAll(async () => {
  smtp = await startSmtpReceiver();
  t = await startTestApp({ SMTP_URL: smtp.url });
  service = t.app.get(NotificationsService);
  dataSource = t.app.get<DataSource>(getDataSourceToken());
  publicUrl = t.app.get<AppConfig>(APP_CONFIG).publicUrl;
});
afterAll(async () => {
  await t?.close();
  await smtp?.close();
});

const people = new SignedInPeople(() => t);

async function page(email: string, variables: Record<string, unknown> = {}): Promise<Page> {
  const result = await (await people.as(email)).gql<{ notifications: Page }>(LIST, variables);
  expect(result.errors).toBeUndefined();
  return result.data?.notifications as Page;
}

async function count(email: string): Promise<number> {
  const result = await (await people.as(email)).gql<{ unreadNotificationCount: number }>(COUNT);
  expect(result.errors).toBeUndefined();
  return result.data?.unreadNotificationCount as number;
}

/** What a feature does: tells people, inside the transaction of the change, acting for `actor`. */
function notifyAs(actor: string, input: { organisationId: string; roles: Role[]; event?: NotificationEvent; subjectType?: 'operation' | 'invitation'; subjectId?: string }): Promise<Notified[]> {
  const person = demoPerson(actor);
  return inTenantTransaction(dataSource, { organisationId: person.organisationId, userId: person.id }, (manager) =>
    service.notify(manager, {
      organisationId: input.organisationId,
      roles: input.roles,
      event: input.event ?? 'INVITATION_RECEIVED',
      subjectType: input.subjectType ?? 'invitation',
      subjectId: input.subjectId ?? randomUUID(),
    }),
  );
}

/** Sends whatever e-mail is due now. */
async function deliver(): Promise<void> {
  const worker = t.app.get(OutboxWorker);
  await worker.deliverDue();
  await worker.idle();
}

describe('a notification from one organisation for a partner’s people', () => {
  it('reaches the people addressed, and nobody else', async () => {
    const everyone = [HARBOUR_WORKER, HARBOUR_MANAGER, HARBOUR_ADMIN, NORTHSHIRE_OFFICER, NORTHSHIRE_MANAGER, WESTMERE_OFFICER, OPEN_DOOR_WORKER];
    const before = new Map<string, number>();
    for (const email of everyone) before.set(email, await count(email));

    const subjectId = randomUUID();
    const notified = await notifyAs(NORTHSHIRE_OFFICER, { organisationId: harbour, roles: ['OUTREACH_WORKER'], subjectId });
    expect(notified.map((n) => n.userId)).toEqual([demoPerson(HARBOUR_WORKER).id]);

    const mine = await page(HARBOUR_WORKER);
    expect(mine.items[0]).toEqual({
      id: notified[0]?.notificationId,
      event: 'INVITATION_RECEIVED',
      text: NOTIFICATION_TEXT.INVITATION_RECEIVED,
      subjectType: 'invitation',
      subjectId,
      link: `/invitations/${subjectId}`,
      createdAt: expect.any(String),
      read: false,
    });
    expect(mine.unreadCount).toBe((before.get(HARBOUR_WORKER) ?? 0) + 1);

    // Colleagues not addressed, the force that sent it, and other organisations see nothing of it.
    for (const email of everyone.filter((e) => e !== HARBOUR_WORKER)) {
      expect({ email, count: await count(email) }).toEqual({ email, count: before.get(email) });
      expect((await page(email)).items.map((n) => n.subjectId)).not.toContain(subjectId);
    }
  });

  it('is its recipient’s only, under row-level security too', async () => {
    const subjectId = randomUUID();
    const [notified] = await notifyAs(NORTHSHIRE_OFFICER, { organisationId: harbour, roles: ['OUTREACH_WORKER'], subjectId });
    const visibleTo = (organisationId: string, userId: string) =>
      withClient(t.db.appUrl, async (client) => {
        await client.query('begin');
        await client.query("select set_config('app.org_id', $1, true), set_config('app.user_id', $2, true)", [organisationId, userId]);
        const { rows } = await client.query('select id from notification where subject_id = $1', [subjectId]);
        await client.query('rollback');
        return rows.length;
      });
    expect(await visibleTo(harbour, demoPerson(HARBOUR_WORKER).id)).toBe(1);
    expect(await visibleTo(harbour, demoPerson(HARBOUR_MANAGER).id)).toBe(0);
    expect(await visibleTo(northshire, demoPerson(HARBOUR_WORKER).id)).toBe(0);
    expect(await visibleTo(northshire, demoPerson(NORTHSHIRE_OFFICER).id)).toBe(0);
    // The application role cannot write one itself, nor change more than whether it was read.
    await expect(
      withClient(t.db.appUrl, async (client) => {
        await client.query('begin');
        await client.query("select set_config('app.org_id', $1, true), set_config('app.user_id', $2, true)", [harbour, demoPerson(HARBOUR_WORKER).id]);
        await client.query("update notification set subject_type = 'operation' where id = $1", [notified?.notificationId]);
      }),
    ).rejects.toMatchObject({ code: '42501' });
    await expect(
      withClient(t.db.appUrl, (client) =>
        client.query(
          `insert into notification (id, organisation_id, user_id, event, subject_type, subject_id, created_at) values ($1, $2, $3, 'INVITATION_RECEIVED', 'invitation', $1, now())`,
          [randomUUID(), harbour, demoPerson(HARBOUR_WORKER).id],
        ),
      ),
    ).rejects.toMatchObject({ code: '42501' });
  });

  it('goes only to the acting organisation or one it has a partnership with', async () => {
    // Northshire and Westmere have no partnership; Northshire has proposed one to Open Door.
    await expect(notifyAs(NORTHSHIRE_OFFICER, { organisationId: westmere, roles: ['LIAISON_OFFICER'] })).rejects.toThrow(/not the acting organisation nor a partner/);
    expect(await notifyAs(NORTHSHIRE_OFFICER, { organisationId: openDoor, roles: ['OUTREACH_WORKER'] })).toHaveLength(1);
    expect(await notifyAs(HARBOUR_WORKER, { organisationId: northshire, roles: ['LIAISON_OFFICER', 'MANAGER'], subjectType: 'operation' })).toHaveLength(2);
    // Without an acting organisation, nothing at all.
    await expect(
      inTenantTransaction(dataSource, {}, (manager) =>
        service.notify(manager, { organisationId: harbour, roles: ['OUTREACH_WORKER'], event: 'INVITATION_RECEIVED', subjectType: 'invitation', subjectId: randomUUID() }),
      ),
    ).rejects.toThrow(/needs an acting organisation/);
  });

  it('names people of that organisation only when they are told by name', async () => {
    const subjectId = randomUUID();
    const notified = await inTenantTransaction(dataSource, { organisationId: northshire, userId: demoPerson(NORTHSHIRE_OFFICER).id }, (manager) =>
      service.notifyUsers(manager, {
        organisationId: harbour,
        userIds: [demoPerson(HARBOUR_MANAGER).id, demoPerson(OPEN_DOOR_WORKER).id],
        event: 'DETAILS_RELEASED',
        subjectType: 'invitation',
        subjectId,
      }),
    );
    expect(notified.map((n) => n.userId)).toEqual([demoPerson(HARBOUR_MANAGER).id]);
    expect((await page(OPEN_DOOR_WORKER)).items.map((n) => n.subjectId)).not.toContain(subjectId);
  });

  it('leaves nothing behind when the change it tells about rolls back', async () => {
    const subjectId = randomUUID();
    await expect(
      inTenantTransaction(dataSource, { organisationId: northshire, userId: demoPerson(NORTHSHIRE_OFFICER).id }, async (manager) => {
        await service.notify(manager, { organisationId: harbour, roles: ['OUTREACH_WORKER'], event: 'INVITATION_RECEIVED', subjectType: 'invitation', subjectId });
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect(await t.sql('select id from notification where subject_id = $1', [subjectId])).toEqual([]);
    expect(await t.sql('select id from outbox_message where params->>\'link\' like $1', [`%${subjectId}`])).toEqual([]);
  });
});

describe('reading notifications', () => {
  it('pages newest first with a cursor, and marks read', async () => {
    const subjects: string[] = [];
    for (let i = 0; i < 3; i += 1) {
      t.clock.advance(60_000);
      const subjectId = randomUUID();
      subjects.push(subjectId);
      await notifyAs(HARBOUR_WORKER, { organisationId: northshire, roles: ['MANAGER'], event: 'INVITATION_ACCEPTED', subjectType: 'operation', subjectId });
    }
    const first = await page(NORTHSHIRE_MANAGER, { first: 2 });
    expect(first.items.map((n) => n.subjectId)).toEqual([subjects[2], subjects[1]]);
    expect(first.items[0]?.link).toBe(`/operations/${subjects[2]}`);
    expect(first.nextCursor).not.toBeNull();
    const second = await page(NORTHSHIRE_MANAGER, { first: 2, after: first.nextCursor });
    expect(second.items[0]?.subjectId).toBe(subjects[0]);

    const unread = first.unreadCount;
    const manager = await people.as(NORTHSHIRE_MANAGER);
    const newest = first.items[0]?.id as string;
    expect((await manager.gql<{ markNotificationsRead: number }>(MARK, { ids: [newest] })).data?.markNotificationsRead).toBe(1);
    expect((await manager.gql<{ markNotificationsRead: number }>(MARK, { ids: [newest] })).data?.markNotificationsRead).toBe(0);
    expect(await count(NORTHSHIRE_MANAGER)).toBe(unread - 1);
    expect((await page(NORTHSHIRE_MANAGER, { first: 1 })).items[0]).toMatchObject({ id: newest, read: true });
    expect((await page(NORTHSHIRE_MANAGER, { unreadOnly: true })).items.map((n) => n.id)).not.toContain(newest);

    // Someone else's notification is not theirs to mark: nothing changes.
    const officerCount = await count(NORTHSHIRE_OFFICER);
    const [officers] = await notifyAs(HARBOUR_WORKER, { organisationId: northshire, roles: ['LIAISON_OFFICER'], subjectType: 'operation' });
    expect((await manager.gql<{ markNotificationsRead: number }>(MARK, { ids: [officers?.notificationId] })).data?.markNotificationsRead).toBe(0);
    expect(await count(NORTHSHIRE_OFFICER)).toBe(officerCount + 1);

    expect((await manager.gql<{ markAllNotificationsRead: number }>(MARK_ALL)).data?.markAllNotificationsRead).toBe(unread - 1);
    expect(await count(NORTHSHIRE_MANAGER)).toBe(0);
    expect(await count(NORTHSHIRE_OFFICER)).toBe(officerCount + 1);
  });

  it('refuses a cursor it did not give, and pages that are too large', async () => {
    const browser = await people.as(HARBOUR_WORKER);
    const badCursor = await browser.gql(LIST, { after: 'made-up' });
    expect(badCursor.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    const tooMany = await browser.gql(LIST, { first: 1000 });
    expect(tooMany.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });

  it('needs a signed-in person', async () => {
    const anonymous = new Browser(t.url);
    expect((await anonymous.gql(COUNT)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('what a notification is about, in the portal', () => {
  const OPERATION = '0e7a71c3-5d2e-4f10-9b6c-000000000003';
  const HARBOUR_INVITATION = '1a7e0c55-2b3d-4c4e-8f5a-000000000303';
  const ABOUT = `query { notifications(first: 100) { items { id event subjectId link about { operationId operationReference operationType generalArea forceName partnerName } } } }`;
  interface About {
    id: string;
    event: string;
    subjectId: string;
    link: string;
    about: Record<string, string | null> | null;
  }
  const notificationsOf = async (email: string) => {
    const result = await (await people.as(email)).gql<{ notifications: { items: About[] } }>(ABOUT);
    expect(result.errors).toBeUndefined();
    return result.data?.notifications.items ?? [];
  };

  it('names the operation and the partner to each side as it may see them, never an address or a time, and e-mails only a link', async () => {
    await deliver();
    const sentBefore = smtp.received.length;
    // Harbour Lights' worker accepts the demo's pending invitation to Northshire's warrant, naming herself.
    const worker = await people.as(HARBOUR_WORKER);
    const read = await worker.gql<{ invitation: { version: number } }>('query($id: ID!) { invitation(id: $id) { version } }', { id: HARBOUR_INVITATION });
    const accepted = await worker.gql('mutation($id: ID!, $version: Int!, $ids: [ID!]!) { acceptInvitation(id: $id, version: $version, attendeeUserIds: $ids) { id } }', {
      id: HARBOUR_INVITATION,
      version: read.data?.invitation.version,
      ids: [demoPerson(HARBOUR_WORKER).id],
    });
    expect(accepted.errors).toBeUndefined();
    // Northshire releases the details early: the named attendee is told.
    const officer = await people.as(NORTHSHIRE_OFFICER);
    const operation = await officer.gql<{ operation: { version: number; addresses: string[]; plannedStart: string; briefingPoint: string } }>(
      'query($id: ID!) { operation(id: $id) { version addresses plannedStart briefingPoint } }',
      { id: OPERATION },
    );
    const released = await officer.gql('mutation($id: ID!, $version: Int!) { releaseDetailsEarly(id: $id, version: $version, reason: "Briefing brought forward") { id } }', {
      id: OPERATION,
      version: operation.data?.operation.version,
    });
    expect(released.errors).toBeUndefined();

    // The force reads its own reference and the partner's name.
    const forceSide = (await notificationsOf(NORTHSHIRE_OFFICER)).find((n) => n.event === 'INVITATION_ACCEPTED' && n.subjectId === OPERATION);
    expect(forceSide?.about).toEqual({
      operationId: OPERATION,
      operationReference: 'NS-OP-2026-135',
      operationType: 'WARRANT',
      generalArea: 'Port Allen PA1',
      forceName: 'Northshire Police',
      partnerName: 'Harbour Lights Project',
    });
    // The partner reads what it may see of the operation (never the force's reference) and the force's name.
    const partnerSide = (await notificationsOf(HARBOUR_WORKER)).find((n) => n.event === 'DETAILS_RELEASED' && n.subjectId === HARBOUR_INVITATION);
    expect(partnerSide?.about).toEqual({
      operationId: OPERATION,
      operationReference: null,
      operationType: 'WARRANT',
      generalArea: 'Port Allen PA1',
      forceName: 'Northshire Police',
      partnerName: 'Harbour Lights Project',
    });
    // Never an address, the briefing point or the start time, on either side.
    const { addresses = [], plannedStart = '', briefingPoint = '' } = operation.data?.operation ?? {};
    const shown = JSON.stringify([forceSide, partnerSide]);
    for (const secret of [...addresses, briefingPoint, plannedStart, plannedStart.slice(0, 16)]) expect(shown).not.toContain(secret);
    expect(shown).not.toMatch(/T\d{2}:\d{2}/);
    // Someone else's notifications name nothing of it.
    expect(JSON.stringify(await notificationsOf(WESTMERE_OFFICER))).not.toContain('NS-OP-2026-135');

    // The e-mails that went with them are the fixed text with a link, as before.
    await deliver();
    const mails = smtp.received.slice(sentBefore);
    const toOfficer = mails.find((m) => m.to.includes(NORTHSHIRE_OFFICER));
    const toWorker = mails.find((m) => m.to.includes(HARBOUR_WORKER));
    expect(toOfficer?.text.replace(/\r\n/g, '\n').trim()).toBe(renderMail('attention', { link: `${publicUrl}/operations/${OPERATION}` }).text.trim());
    expect(toWorker?.text.replace(/\r\n/g, '\n').trim()).toBe(renderMail('attention', { link: `${publicUrl}/invitations/${HARBOUR_INVITATION}` }).text.trim());
    for (const mail of mails) expect(mail.text).not.toMatch(/NS-OP-2026-135|Harbour Lights|Port Allen|Warrant/i);
  });

  it('names nothing for a notification about something its reader cannot see', async () => {
    // A notification pointing at another force's operation (as a forged or stale row would): nothing is named.
    const westmereOperation = '0e7a71c3-5d2e-4f10-9b6c-000000000010';
    await notifyAs(NORTHSHIRE_OFFICER, { organisationId: northshire, roles: ['LIAISON_OFFICER'], event: 'INVITATION_ACCEPTED', subjectType: 'operation', subjectId: westmereOperation });
    const mine = (await notificationsOf(NORTHSHIRE_OFFICER)).find((n) => n.subjectId === westmereOperation);
    expect(mine).toMatchObject({ event: 'INVITATION_ACCEPTED', about: null });
  });
});

describe('e-mail', () => {
  it('says only that something needs attention, with a link, for those who want it', async () => {
    const browser = await people.as(HARBOUR_MANAGER);
    const preferences = await browser.gql<{ notificationPreferences: { event: string; description: string; email: boolean }[] }>(PREFERENCES);
    expect(preferences.data?.notificationPreferences.map((p) => p.event)).toEqual([...NOTIFICATION_EVENTS]);
    expect(preferences.data?.notificationPreferences.every((p) => p.email && p.description.length > 0)).toBe(true);

    const changed = await browser.gql<{ setNotificationPreference: { event: string; email: boolean }[] }>(SET_PREFERENCE, {
      event: 'INVITATION_RECEIVED',
      email: false,
    });
    expect(changed.errors).toBeUndefined();
    expect(changed.data?.setNotificationPreference.find((p) => p.event === 'INVITATION_RECEIVED')?.email).toBe(false);
    expect(changed.data?.setNotificationPreference.find((p) => p.event === 'INVITATION_WITHDRAWN')?.email).toBe(true);
    const audited = await t.sql('select action, detail from audit_entry where actor_user_id = $1 and action = $2', [
      demoPerson(HARBOUR_MANAGER).id,
      'notification.email-preference-changed',
    ]);
    expect(audited).toEqual([{ action: 'notification.email-preference-changed', detail: { event: 'INVITATION_RECEIVED', email: false } }]);

    await deliver();
    const sentBefore = smtp.received.length;
    const subjectId = randomUUID();
    const notified = await notifyAs(NORTHSHIRE_OFFICER, { organisationId: harbour, roles: ['OUTREACH_WORKER', 'MANAGER'], subjectId });
    expect(notified.map((n) => [n.userId, n.emailed])).toEqual([
      [demoPerson(HARBOUR_WORKER).id, true],
      [demoPerson(HARBOUR_MANAGER).id, false],
    ]);
    // The in-app notification arrives whatever the e-mail preference.
    expect((await page(HARBOUR_MANAGER)).items[0]?.subjectId).toBe(subjectId);

    await deliver();
    const mail = await smtp.waitFor((m) => m.to.includes(HARBOUR_WORKER) && m.text.includes(subjectId));
    const expected = renderMail('attention', { link: `${publicUrl}/invitations/${subjectId}` });
    expect(mail.subject).toBe('Something in Liaise needs your attention');
    expect(mail.text.replace(/\r\n/g, '\n').trim()).toBe(expected.text.trim());
    expect(mail.text).not.toMatch(/invited|operation:|address|\d{1,2}:\d{2}/i);
    const sinceThen = smtp.received.slice(sentBefore);
    expect(sinceThen.filter((m) => m.to.includes(HARBOUR_MANAGER))).toEqual([]);

    // Back on: e-mail again.
    await browser.gql(SET_PREFERENCE, { event: 'INVITATION_RECEIVED', email: true });
    const again = randomUUID();
    await notifyAs(NORTHSHIRE_OFFICER, { organisationId: harbour, roles: ['MANAGER'], subjectId: again });
    await deliver();
    await smtp.waitFor((m) => m.to.includes(HARBOUR_MANAGER) && m.text.includes(again));
  });

  it('refuses an event that does not exist', async () => {
    const result = await (await people.as(HARBOUR_WORKER)).gql(SET_PREFERENCE, { event: 'OPERATION_ADDRESS', email: false });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
