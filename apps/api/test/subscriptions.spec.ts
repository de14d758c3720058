import { randomUUID } from 'node:crypto';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { freePort, startEmbeddedDatabase } from '@liaise/api-core';
import { createTestDatabase, eventually, startApi, withClient, type ApiProcess, type TestDatabase } from '@liaise/api-testing';
import { DEMO_PASSWORD } from '../src/demo/demo-people.js';
import { Browser, useRealTimeAuthenticator } from './support/browser.js';
import { DEMO_ORGANISATION_IDS, demoPerson } from './support/demo.js';
import { signedIn } from './support/sign-in.js';
import { loadDemoData } from '../src/demo/demo-data.js';
import { MIGRATED } from './support/databases.js';

/**
 * Two api processes on one database, each with its own listening connection: a notification created through
 * one reaches a subscriber connected to the other, and only the person it is for.
 */

const { harbour, openDoor } = DEMO_ORGANISATION_IDS;
const NORTHSHIRE_OFFICER = 'liaison.officer@northshire.police.example';
const HARBOUR_WORKER = 'outreach.worker@harbourlights.example';
const HARBOUR_MANAGER = 'manager@harbourlights.example';
const OPEN_DOOR_WORKER = 'outreach.worker@opendoor.example';
const SAFE_PASSAGE_WORKER = 'outreach.worker@safepassage.example';
const HOUR = 60 * 60_000;


interface Received {
  id: string;
  event: string;
  text: string;
  subjectType: string;
  subjectId: string;
  link: string;
  read: boolean;
}

let db: TestDatabase;
let a: ApiProcess;
let b: ApiProcess;
const clients: Client[] = [];

beforeAll(async () => {
  db = await createTestDatabase(MIGRATED);
  // The api processes below run on the system clock: the demo is dated by the same one.
  await loadDemoData(db.ownerUrl, new Date());
  const env = async () => ({
    DATABASE_URL: db.ownerUrl,
    DATABASE_APP_URL: db.appUrl,
    DEMO_DATA: 'never',
    ROLE: 'api',
    PORT: String(await freePort()),
    DATA_DIR: `/tmp/liaise-subscriptions-${randomUUID()}`,
  });
  [a, b] = await Promise.all([startApi(await env()), startApi(await env())]);
  for (const api of [a, b]) useRealTimeAuthenticator(api.baseUrl);
}, 120_000);

afterAll(async () => {
  for (const client of clients) await client.dispose();
  await Promise.all([a?.stop(), b?.stop()]);
  await db?.drop();
});

/** Signs in to an api process as a demo person, the second factor too unless told not to; returns the session cookie. */
async function signIn(api: ApiProcess, email: string, { secondFactor = true } = {}): Promise<string> {
  const browser = new Browser(api.baseUrl);
  const result = secondFactor ? await browser.signIn(email, DEMO_PASSWORD) : await browser.signInPasswordOnly(email, DEMO_PASSWORD);
  if (result.errors || browser.cookie === undefined) throw new Error(`${email} could not sign in: ${JSON.stringify(result.errors)}`);
  return browser.cookie;
}

/** A WebSocket that sends the session cookie (and an origin, as a browser would) with its upgrade request. */
const socketWith = (headers: Record<string, string>) =>
  class extends WebSocket {
    constructor(address: string | URL, protocols?: string | string[]) {
      super(address, protocols, { headers });
    }
  };

interface Subscriber {
  readonly received: Received[];
  readonly closeCodes: number[];
  readonly errors: unknown[];
  completed: boolean;
  /** The next event after the first `seen`, within the time. */
  nextAfter(seen: number, timeoutMs?: number): Promise<Received | undefined>;
}

function subscribe(api: ApiProcess, headers: Record<string, string>, query = 'subscription { notificationReceived { id event text subjectType subjectId link read } }'): Subscriber {
  const subscriber: Subscriber = {
    received: [],
    closeCodes: [],
    errors: [],
    completed: false,
    async nextAfter(seen, timeoutMs = 3_000) {
      const deadline = Date.now() + timeoutMs;
      while (subscriber.received.length <= seen && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 25));
      return subscriber.received[seen];
    },
  };
  const client = createClient({
    url: `${api.baseUrl.replace(/^http/, 'ws')}/graphql`,
    webSocketImpl: socketWith(headers),
    retryAttempts: 0,
    lazy: true,
    on: { closed: (event) => void subscriber.closeCodes.push((event as { code: number }).code) },
  });
  clients.push(client);
  client.subscribe<{ notificationReceived: Received }>(
    { query },
    {
      next: (result) => {
        if (result.data) subscriber.received.push(result.data.notificationReceived);
      },
      error: (error) => void subscriber.errors.push(error),
      complete: () => {
        subscriber.completed = true;
      },
    },
  );
  return subscriber;
}

/**
 * What a feature does, from a third connection as the application role: tells people in a transaction
 * acting for `actor`, and commits (or rolls back). Returns the subject's id.
 */
async function fanOut(actor: string, organisationId: string, roles: string[], { commit = true, appUrl = db.appUrl } = {}): Promise<string> {
  const { organisationId: acting, id: userId } = demoPerson(actor);
  const subjectId = randomUUID();
  await withClient(appUrl, async (client) => {
    await client.query('begin');
    await client.query("select set_config('app.org_id', $1, true), set_config('app.user_id', $2, true)", [acting, userId]);
    await client.query(`select * from notification_fan_out($1, $2::text[], '{}'::uuid[], 'INVITATION_RECEIVED', 'invitation', $3, now())`, [
      organisationId,
      roles,
      subjectId,
    ]);
    await client.query(commit ? 'commit' : 'rollback');
  });
  return subjectId;
}

/** Tells `email`'s own organisation's people with their role until their subscriber has one: it is live. */
async function waitUntilLive(subscriber: Subscriber, email: string, appUrl = db.appUrl): Promise<void> {
  const { organisationId, role } = demoPerson(email);
  for (let attempt = 0; attempt < 40; attempt += 1) {
    const seen = subscriber.received.length;
    const subjectId = await fanOut(email, organisationId, [role], { appUrl }).catch(() => undefined);
    const next = await subscriber.nextAfter(seen, 500);
    if (subjectId !== undefined && next?.subjectId === subjectId) {
      // Later announcements of earlier attempts may still be on their way: let them land.
      await new Promise((resolve) => setTimeout(resolve, 300));
      return;
    }
  }
  throw new Error(`${email}'s subscription never became live`);
}

describe('live notifications across api instances', () => {
  it('are fed by one listening connection per instance', async () => {
    const listeners = () =>
      withClient(db.superuserUrl, async (client) =>
        (await client.query("select usename from pg_stat_activity where datname = current_database() and application_name = 'liaise-api-listen'")).rows,
      );
    expect(await eventually(async () => (await listeners()).length === 2, 10_000)).toBe(true);
    expect(await listeners()).toEqual([{ usename: 'liaise_app' }, { usename: 'liaise_app' }]);
  });

  it('reach the subscriber on one instance when made through another, and only them', async () => {
    const worker = subscribe(a, { cookie: await signIn(a, HARBOUR_WORKER) });
    const manager = subscribe(a, { cookie: await signIn(a, HARBOUR_MANAGER) });
    const otherOrganisation = subscribe(a, { cookie: await signIn(a, OPEN_DOOR_WORKER) });
    for (const [subscriber, email] of [[worker, HARBOUR_WORKER], [manager, HARBOUR_MANAGER], [otherOrganisation, OPEN_DOOR_WORKER]] as const) {
      await waitUntilLive(subscriber, email);
    }
    const seen = { worker: worker.received.length, manager: manager.received.length, other: otherOrganisation.received.length };

    // A change that rolls back announces nothing.
    const rolledBack = await fanOut(NORTHSHIRE_OFFICER, harbour, ['OUTREACH_WORKER'], { commit: false });
    // Northshire tells Harbour Lights' outreach workers.
    const subjectId = await fanOut(NORTHSHIRE_OFFICER, harbour, ['OUTREACH_WORKER']);
    const received = await worker.nextAfter(seen.worker);
    expect(received).toEqual({
      id: expect.any(String),
      event: 'INVITATION_RECEIVED',
      text: 'Your organisation has been invited to attend an operation. It needs an answer.',
      subjectType: 'invitation',
      subjectId,
      link: `/invitations/${subjectId}`,
      read: false,
    });
    expect(worker.received.map((n) => n.subjectId)).not.toContain(rolledBack);

    // The others, live all along, get their own next notification and never the worker's: announcements
    // arrive in order, so theirs would have come first.
    const managerOwn = await fanOut(HARBOUR_MANAGER, harbour, ['MANAGER']);
    const otherOwn = await fanOut(OPEN_DOOR_WORKER, openDoor, ['OUTREACH_WORKER']);
    expect((await manager.nextAfter(seen.manager))?.subjectId).toBe(managerOwn);
    expect((await otherOrganisation.nextAfter(seen.other))?.subjectId).toBe(otherOwn);
    expect([...manager.received, ...otherOrganisation.received].map((n) => n.subjectId)).not.toContain(subjectId);
    expect(worker.received.slice(seen.worker + 1).map((n) => n.subjectId)).toEqual([]);
  });

  it('carry a partner’s invitation made by a mutation on the other instance', async () => {
    const worker = subscribe(a, { cookie: await signIn(a, SAFE_PASSAGE_WORKER) });
    await waitUntilLive(worker, SAFE_PASSAGE_WORKER);
    const seen = worker.received.length;

    // On instance B, Northshire's officer invites Safe Passage to an operation whose partners were notified.
    const officer = await signedIn(b.baseUrl, NORTHSHIRE_OFFICER);
    const operations = await officer.gql('{ operations(filter: { states: [PARTNERS_NOTIFIED] }) { items { id plannedStart invitations { partnerOrganisationId } } } }');
    expect(operations.errors).toBeUndefined();
    const items = (operations.data?.['operations'] as { items: { id: string; plannedStart: string; invitations: { partnerOrganisationId: string }[] }[] }).items;
    const safePassage = demoPerson(SAFE_PASSAGE_WORKER).organisationId;
    const operation = items.find((op) => !op.invitations.some((i) => i.partnerOrganisationId === safePassage) && Date.parse(op.plannedStart) > Date.now() + 2 * HOUR);
    if (operation === undefined) throw new Error('no demo operation to invite Safe Passage to');
    const respondBy = new Date(Math.min(Date.now() + 12 * HOUR, Date.parse(operation.plannedStart) - HOUR)).toISOString();
    const invited = await officer.gql('mutation($id: ID!, $invitation: InvitePartnerInput!) { invitePartner(id: $id, invitation: $invitation) { id } }', {
      id: operation.id,
      invitation: { partnerOrganisationId: safePassage, respondBy },
    });
    expect(invited.errors).toBeUndefined();
    const invitationId = (invited.data?.['invitePartner'] as { id: string }).id;

    const received = await worker.nextAfter(seen);
    expect(received).toMatchObject({ event: 'INVITATION_RECEIVED', subjectType: 'invitation', subjectId: invitationId, link: `/invitations/${invitationId}` });
    expect(JSON.stringify(received)).not.toContain(operation.id);
  });

  it('are refused without a fully signed-in session, or from another site', async () => {
    const anonymous = subscribe(a, {});
    const owingCode = subscribe(a, { cookie: await signIn(a, 'manager@northshire.police.example', { secondFactor: false }) });
    const otherSite = subscribe(a, { cookie: await signIn(b, 'admin@harbourlights.example'), origin: 'https://evil.example' });
    const madeUp = subscribe(a, { cookie: 'liaise_session=made-up' });
    const deadline = Date.now() + 10_000;
    const all = [anonymous, owingCode, otherSite, madeUp];
    while (all.some((s) => s.closeCodes.length === 0) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(all.map((s) => s.closeCodes[0])).toEqual([4403, 4403, 4403, 4403]);
    expect(all.flatMap((s) => s.received)).toEqual([]);
  });

  it('serve subscriptions only: queries and mutations go over HTTP', async () => {
    const cookie = await signIn(a, SAFE_PASSAGE_WORKER);
    const query = subscribe(a, { cookie }, '{ unreadNotificationCount }');
    const mutation = subscribe(a, { cookie }, 'mutation { markAllNotificationsRead }');
    const deadline = Date.now() + 5_000;
    while ((query.errors.length === 0 || mutation.errors.length === 0) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
    for (const refused of [query, mutation]) {
      expect(refused.errors).toEqual([[expect.objectContaining({ message: expect.stringMatching(/^Only subscriptions are served over the WebSocket/), extensions: { code: 'BAD_REQUEST' } })]]);
    }
  });

  /** Waits (up to 5 s, far below the 60 s backstop) for the socket to close; returns its close codes. */
  async function closed(subscriber: Subscriber): Promise<number[]> {
    const deadline = Date.now() + 5_000;
    while (subscriber.closeCodes.length === 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
    return subscriber.closeCodes;
  }

  it('close at once when the person signs out on another instance, with nothing else happening', async () => {
    const cookie = await signIn(a, OPEN_DOOR_WORKER);
    const subscriber = subscribe(a, { cookie });
    await waitUntilLive(subscriber, OPEN_DOOR_WORKER);
    const other = subscribe(a, { cookie: await signIn(a, OPEN_DOOR_WORKER) });
    await waitUntilLive(other, OPEN_DOOR_WORKER);
    // Signed out through the other instance: no notification follows, the announcement alone closes it.
    const sameSessionOnB = new Browser(b.baseUrl);
    sameSessionOnB.cookie = cookie;
    expect((await sameSessionOnB.gql('mutation { signOut }')).errors).toBeUndefined();
    expect(await closed(subscriber)).toEqual([4401]);
    // The same person's other session is not this one: its socket stays open.
    await waitUntilLive(other, OPEN_DOOR_WORKER);
    expect(other.closeCodes).toEqual([]);
  });

  it('close at once when the account is disabled, and only that person\'s', async () => {
    const worker = subscribe(a, { cookie: await signIn(a, OPEN_DOOR_WORKER) });
    const someoneElse = subscribe(a, { cookie: await signIn(a, HARBOUR_WORKER) });
    await waitUntilLive(worker, OPEN_DOOR_WORKER);
    await waitUntilLive(someoneElse, HARBOUR_WORKER);
    const admin = await signedIn(b.baseUrl, 'admin@opendoor.example');
    const id = demoPerson(OPEN_DOOR_WORKER).id;
    expect((await admin.gql('mutation($id: ID!) { disableUser(userId: $id) { status } }', { id })).errors).toBeUndefined();
    try {
      expect(await closed(worker)).toEqual([4401]);
      expect(someoneElse.closeCodes).toEqual([]);
    } finally {
      await admin.gql('mutation($id: ID!) { enableUser(userId: $id) { status } }', { id });
    }
  });

  it('answer a mistaken operation as HTTP does, without dropping the socket', async () => {
    const cookie = await signIn(a, SAFE_PASSAGE_WORKER);
    const unparsable = subscribe(a, { cookie }, 'subscription {');
    const invalid = subscribe(a, { cookie }, 'subscription { notificationReceived { nope } }');
    const deadline = Date.now() + 5_000;
    while ((unparsable.errors.length === 0 || invalid.errors.length === 0) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(unparsable.errors).toEqual([[expect.objectContaining({ message: expect.stringMatching(/^Syntax Error/), extensions: { code: 'GRAPHQL_PARSE_FAILED' } })]]);
    expect(invalid.errors).toEqual([[expect.objectContaining({ message: 'Cannot query field "nope" on type "Notification".', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } })]]);
    // The server did not drop the socket over it (1000: the lazy client closes it once nothing is subscribed).
    expect([...unparsable.closeCodes, ...invalid.closeCodes].filter((code) => code !== 1000)).toEqual([]);
  });
});

describe('live notifications after the database restarts', () => {
  let scratch: string;
  beforeAll(async () => {
    scratch = await mkdtemp(path.join(tmpdir(), 'liaise-subscriptions-'));
    await chmod(scratch, 0o711); // as root, PostgreSQL runs as the postgres OS user and must pass through
  });
  afterAll(() => rm(scratch, { recursive: true, force: true }));

  it('arrive again once the listener has reconnected by itself', async () => {
    const dbDir = path.join(scratch, 'db');
    const dbPort = await freePort();
    let database = await startEmbeddedDatabase({ dataDir: dbDir, port: dbPort });
    const api = await startApi({
      DATA_DIR: path.join(scratch, 'api'),
      PORT: String(await freePort()),
      DATABASE_URL: database.ownerUrl,
      DATABASE_APP_URL: database.appUrl,
      DEMO_DATA: 'always',
      ROLE: 'api',
    });
    try {
      const subscriber = subscribe(api, { cookie: await signIn(api, HARBOUR_WORKER) });
      await waitUntilLive(subscriber, HARBOUR_WORKER, database.appUrl);

      await database.stop();
      database = await startEmbeddedDatabase({ dataDir: dbDir, port: dbPort });
      await waitUntilLive(subscriber, HARBOUR_WORKER, database.appUrl);
      expect(subscriber.completed).toBe(false);
      expect(subscriber.closeCodes).toEqual([]);
    } finally {
      await api.stop();
      await database.stop();
    }
  });
});
