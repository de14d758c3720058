import { createHash } from 'node:crypto';
import { readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { OutboxService, OutboxWorker } from '@liaise/api-notifications';
import { inTenantTransaction } from '@liaise/api-core';
import { eventually, startSmtpReceiver, withClient, type ReceivedMail, type SmtpReceiver } from '@liaise/api-testing';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { DEMO_PASSWORD } from '../src/demo/demo-people.js';
import { Browser } from './support/browser.js';
import { demoOrganisation } from './support/demo.js';
import { signedIn } from './support/sign-in.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const HARBOUR_ADMIN = 'admin@harbourlights.example';
const HARBOUR_MANAGER = 'manager@harbourlights.example';
const HARBOUR_WORKER = 'outreach.worker@harbourlights.example';
const NORTHSHIRE_ADMIN = 'admin@northshire.police.example';
const HOUR = 60 * 60_000;
const GOOD_PASSWORD = 'quiet meadow lantern 42';
const PUBLIC_URL = 'http://localhost:3000';

const INVITE = `mutation($input: InviteUserInput!) { inviteUser(input: $input) { id email role expired invitedByName } }`;
const PREVIEW = `query($token: String!) { userInvitation(token: $token) { email organisationName role expiresAt } }`;
const ACCEPT = `mutation($input: AcceptUserInvitationInput!) { acceptUserInvitation(input: $input) { user { email role displayName } secondFactorStep } }`;
const REQUEST_RESET = `mutation($email: String!) { requestPasswordReset(email: $email) }`;
const RESET = `mutation($input: ResetPasswordInput!) { resetPassword(input: $input) }`;

let smtp: SmtpReceiver;
let t: TestApp;
/** Addresses at this domain are turned away by the SMTP server (a full mailbox), for the retry test. */
const BUSY_DOMAIN = '@busy.example';

beforeAll(async () => {
  smtp = await startSmtpReceiver({ refuse: (address) => address.endsWith(BUSY_DOMAIN) });
  t = await startTestApp({ SMTP_URL: smtp.url });
});
afterAll(async () => {
  await t?.close();
  await smtp?.close();
});

/** Sends whatever is due now, without waiting for the worker's next round (and lets its current round end). */
async function deliver(): Promise<void> {
  const worker = t.app.get(OutboxWorker);
  await worker.deliverDue();
  await worker.idle();
}

const joinToken = (mail: ReceivedMail) => /\/join\/([A-Za-z0-9_-]{43})\b/.exec(mail.text)?.[1];
const resetToken = (mail: ReceivedMail) => /\/reset-password\/([A-Za-z0-9_-]{43})\b/.exec(mail.text)?.[1];
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

let invited = 0;
/** A fresh address for each invitation, so tests do not trip over each other's. */
const newAddress = (name = 'newcomer') => `${name}.${(invited += 1)}@example.org`;

/** Invites `email` as the Harbour Lights administrator and returns the token from the e-mail that arrives. */
async function inviteAndReceive(email: string, role = 'OUTREACH_WORKER'): Promise<{ token: string; mail: ReceivedMail; id: string }> {
  const admin = await signedIn(t.url, HARBOUR_ADMIN);
  const result = await admin.gql<{ inviteUser: { id: string } }>(INVITE, { input: { email, role } });
  expect(result.errors).toBeUndefined();
  await deliver();
  const mail = await smtp.waitFor((m) => m.to.includes(email));
  const token = joinToken(mail);
  if (token === undefined) throw new Error(`no link in ${mail.text}`);
  return { token, mail, id: result.data?.inviteUser.id ?? '' };
}

const accept = (browser: Browser, token: string, displayName = 'Nia Newcomer', password = GOOD_PASSWORD) =>
  browser.gql<{ acceptUserInvitation: { user: { email: string; role: string; displayName: string }; secondFactorStep: string } }>(ACCEPT, {
    input: { token, displayName, password },
  });

const accountCount = async () => Number((await t.sql<{ n: number }>('select count(*)::int as n from user_account'))[0]?.n);

describe('joining by invitation', () => {
  it('e-mails a link and nothing else; the link shows the organisation; accepting it signs the person in', async () => {
    const email = newAddress('nia');
    const admin = await signedIn(t.url, HARBOUR_ADMIN);
    const invitedAt = t.clock.now();
    const invitation = await admin.gql<{ inviteUser: { id: string; email: string; role: string; expired: boolean; invitedByName: string } }>(INVITE, {
      input: { email: `  ${email.toUpperCase()} `, role: 'OUTREACH_WORKER' },
    });
    expect(invitation.errors).toBeUndefined();
    expect(invitation.data?.inviteUser).toMatchObject({ email, role: 'OUTREACH_WORKER', expired: false, invitedByName: 'Chris Admin' });

    const mail = await smtp.waitFor((m) => m.to.includes(email));
    const token = joinToken(mail);
    expect(token).toBeDefined();
    expect(mail.subject).toBe('You have been invited to Liaise');
    expect(mail.raw).toMatch(/^From: Liaise <no-reply@liaise\.invalid>$/m);
    expect(mail.text).toContain(`${PUBLIC_URL}/join/${token}`);
    expect(mail.html).toContain(`href="${PUBLIC_URL}/join/${token}"`);
    // The link and nothing else: not the organisation, the role, the inviter, or any other link.
    for (const detail of ['Harbour', 'Chris', 'harbourlights', 'outreach', 'OUTREACH', 'worker']) expect(mail.raw).not.toContain(detail);
    expect(mail.text.match(/https?:\/\/\S+/g)).toEqual([`${PUBLIC_URL}/join/${token}`]);

    // Only the token's hash is kept, and the sent message no longer holds the link.
    const [stored] = await t.sql<{ token_hash: string }>('select token_hash from user_invitation where email = $1', [email]);
    expect(stored?.token_hash).toBe(sha256(token ?? ''));
    const outbox = await t.sql('select params, attempts, sent_at is not null as sent from outbox_message where recipient = $1', [email]);
    expect(outbox).toEqual([{ params: {}, attempts: 1, sent: true }]);

    const newcomer = new Browser(t.url);
    const preview = await newcomer.gql<{ userInvitation: { email: string; organisationName: string; role: string; expiresAt: string } }>(PREVIEW, { token });
    expect(preview.data?.userInvitation).toMatchObject({ email, organisationName: 'Harbour Lights Project', role: 'OUTREACH_WORKER' });
    expect(Date.parse(preview.data?.userInvitation.expiresAt ?? '')).toBe(Date.parse(invitedAt.toISOString()) + 72 * HOUR);

    const joined = await accept(newcomer, token ?? '');
    expect(joined.errors).toBeUndefined();
    expect(joined.data?.acceptUserInvitation).toEqual({
      user: { email, role: 'OUTREACH_WORKER', displayName: 'Nia Newcomer' },
      secondFactorStep: 'DONE',
    });
    expect(newcomer.lastSetCookie).toMatch(/^liaise_session=[\w-]{43}; .*HttpOnly/);
    expect(await newcomer.viewerEmail()).toBe(email);
    // The password works from now on.
    expect((await new Browser(t.url).signIn(email, GOOD_PASSWORD)).errors).toBeUndefined();

    const trail = await t.sql<{ action: string }>(
      `select action from audit_entry where subject_id in ($1, (select id::text from user_account where email = $2)) order by seq`,
      [invitation.data?.inviteUser.id, email],
    );
    expect(trail.map((entry) => entry.action)).toEqual(expect.arrayContaining(['people.invited', 'people.joined']));
  });

  it('starts a session that must enrol two-factor sign-in first, for a role that needs it', async () => {
    const email = newAddress('manager');
    const { token } = await inviteAndReceive(email, 'MANAGER');
    const newcomer = new Browser(t.url);
    const joined = await accept(newcomer, token, 'Mo Manager');
    expect(joined.data?.acceptUserInvitation.secondFactorStep).toBe('ENROL');
    const people = await newcomer.gql('{ people { email } }');
    expect(people.errors?.[0]?.extensions?.code).toBe('SECOND_FACTOR_REQUIRED');
  });

  it('refuses a link used once already, and writes nothing but the audit entry', async () => {
    const email = newAddress();
    const { token, id } = await inviteAndReceive(email);
    expect((await accept(new Browser(t.url), token)).errors).toBeUndefined();
    const accounts = await accountCount();
    const again = await accept(new Browser(t.url), token, 'Someone Else', 'another quiet lantern 77');
    expect(again.errors?.[0]).toMatchObject({
      message: 'This invitation has already been used: sign in with your e-mail address and password',
      extensions: { code: 'INVITATION_USED' },
    });
    expect((await new Browser(t.url).gql(PREVIEW, { token })).errors?.[0]?.extensions?.code).toBe('INVITATION_USED');
    expect(await accountCount()).toBe(accounts);
    const refused = await t.sql('select detail from audit_entry where action = $1 and subject_id = $2', ['people.join-refused', id]);
    expect(refused).toEqual([{ detail: { reason: 'INVITATION_USED' } }]);
  });

  it('refuses a link after 72 hours', async () => {
    const email = newAddress();
    const { token } = await inviteAndReceive(email);
    t.clock.advance(71 * HOUR);
    expect((await new Browser(t.url).gql(PREVIEW, { token })).errors).toBeUndefined();
    t.clock.advance(2 * HOUR);
    const accounts = await accountCount();
    const expired = await accept(new Browser(t.url), token);
    expect(expired.errors?.[0]).toMatchObject({
      message: "This invitation has expired: ask your organisation's administrator to invite you again",
      extensions: { code: 'INVITATION_EXPIRED' },
    });
    expect((await new Browser(t.url).gql(PREVIEW, { token })).errors?.[0]?.extensions?.code).toBe('INVITATION_EXPIRED');
    expect(await accountCount()).toBe(accounts);

    // The administrator sees it as expired, and may invite the address again.
    const admin = await signedIn(t.url, HARBOUR_ADMIN);
    const listed = await admin.gql<{ userInvitations: { email: string; expired: boolean }[] }>('{ userInvitations { email expired } }');
    expect(listed.data?.userInvitations.find((i) => i.email === email)).toEqual({ email, expired: true });
    expect((await admin.gql(INVITE, { input: { email, role: 'OUTREACH_WORKER' } })).errors).toBeUndefined();
    const again = await admin.gql<{ userInvitations: { email: string; expired: boolean }[] }>('{ userInvitations { email expired } }');
    expect(again.data?.userInvitations.filter((i) => i.email === email)).toEqual([{ email, expired: false }]);
  });

  it('refuses a withdrawn link', async () => {
    const email = newAddress();
    const { token, id } = await inviteAndReceive(email);
    const admin = await signedIn(t.url, HARBOUR_ADMIN);
    expect((await admin.gql('mutation($id: ID!) { revokeUserInvitation(id: $id) }', { id })).data).toEqual({ revokeUserInvitation: true });
    const listed = await admin.gql<{ userInvitations: { id: string }[] }>('{ userInvitations { id } }');
    expect(listed.data?.userInvitations.map((i) => i.id)).not.toContain(id);
    const revoked = await accept(new Browser(t.url), token);
    expect(revoked.errors?.[0]).toMatchObject({
      message: "This invitation has been withdrawn: ask your organisation's administrator if you should still join",
      extensions: { code: 'INVITATION_REVOKED' },
    });
    expect((await new Browser(t.url).gql(PREVIEW, { token })).errors?.[0]?.extensions?.code).toBe('INVITATION_REVOKED');
    expect(await t.sql('select 1 from user_account where email = $1', [email])).toEqual([]);
    const trail = await t.sql<{ action: string }>('select action from audit_entry where subject_id = $1 order by seq', [id]);
    expect(trail.map((entry) => entry.action)).toEqual(['people.invited', 'people.invitation-revoked', 'people.join-refused']);
  });

  it.each([
    ['a link that was never sent', 'A'.repeat(43)],
    ['something that cannot be a link', "x' or '1'='1"],
  ])('says it does not recognise %s', async (_case, token) => {
    const unknown = await new Browser(t.url).gql(PREVIEW, { token });
    expect(unknown.errors?.[0]).toMatchObject({ extensions: { code: 'INVITATION_NOT_FOUND' } });
    expect(unknown.errors?.[0]?.message).toMatch(/^This invitation link is not recognised/);
  });

  it.each([
    ['too short', 'short pass', 'Password must be 12 characters or more', 'TOO_SHORT'],
    ['a breached one', 'password1234', 'Password is too easy to guess: choose a phrase of several unrelated words', 'TOO_COMMON'],
    ['one made of the name', 'Newcomer Newcomer', 'Password must not contain your name, e-mail address or organisation', 'CONTAINS_PERSONAL_DETAIL'],
    ['one made of the organisation', 'lights of the harbour', 'Password must not contain your name, e-mail address or organisation', 'CONTAINS_PERSONAL_DETAIL'],
  ])('refuses a weak password (%s) with the reason, and writes nothing', async (_case, password, message, reason) => {
    const email = newAddress();
    const { token } = await inviteAndReceive(email);
    const accounts = await accountCount();
    const sessions = await t.sql('select count(*)::int as n from session');
    const weak = await accept(new Browser(t.url), token, 'Nia Newcomer', password);
    expect(weak.errors?.[0]).toEqual({ message, path: ['acceptUserInvitation'], extensions: { code: 'WEAK_PASSWORD', field: 'password', params: { reason } } });
    expect(await accountCount()).toBe(accounts);
    expect(await t.sql('select count(*)::int as n from session')).toEqual(sessions);
    expect(await t.sql('select accepted_at from user_invitation where email = $1', [email])).toEqual([{ accepted_at: null }]);
    // The link still works with a good password.
    expect((await accept(new Browser(t.url), token)).errors).toBeUndefined();
  });

  it('asks for a name', async () => {
    const { token } = await inviteAndReceive(newAddress());
    const nameless = await accept(new Browser(t.url), token, '   ');
    expect(nameless.errors?.[0]).toMatchObject({ message: 'Enter your name', extensions: { field: 'displayName' } });
  });
});

describe('what an administrator may invite', () => {
  it('refuses an address that already has an account, in any organisation, whatever its case', async () => {
    const admin = await signedIn(t.url, HARBOUR_ADMIN);
    for (const email of [HARBOUR_WORKER, 'Liaison.Officer@Northshire.Police.example']) {
      const taken = await admin.gql(INVITE, { input: { email, role: 'OUTREACH_WORKER' } });
      expect(taken.errors?.[0]).toEqual({
        message: 'This e-mail address already has a Liaise account',
        path: ['inviteUser'],
        extensions: { code: 'EMAIL_HAS_ACCOUNT', field: 'email' },
      });
    }
    expect(await t.sql('select 1 from user_invitation where email = $1', [HARBOUR_WORKER])).toEqual([]);
  });

  it('refuses a second invitation while one is waiting', async () => {
    const email = newAddress();
    const admin = await signedIn(t.url, HARBOUR_ADMIN);
    expect((await admin.gql(INVITE, { input: { email, role: 'OUTREACH_WORKER' } })).errors).toBeUndefined();
    const twice = await admin.gql(INVITE, { input: { email: email.toUpperCase(), role: 'MANAGER' } });
    expect(twice.errors?.[0]).toMatchObject({
      message: 'This e-mail address already has an invitation waiting: withdraw it to send a new one',
      extensions: { code: 'INVITATION_PENDING', field: 'email' },
    });
    expect(await t.sql('select count(*)::int as n from outbox_message where recipient = $1', [email])).toEqual([{ n: 1 }]);
  });

  it.each([
    [HARBOUR_ADMIN, 'LIAISON_OFFICER', 'Choose a role people in Harbour Lights Project can have: outreach worker, manager or organisation administrator'],
    [HARBOUR_ADMIN, 'PLATFORM_ADMIN', 'Choose a role people in Harbour Lights Project can have: outreach worker, manager or organisation administrator'],
    [NORTHSHIRE_ADMIN, 'OUTREACH_WORKER', 'Choose a role people in Northshire Police can have: liaison officer, manager or organisation administrator'],
  ])('refuses a role the organisation does not have (%s inviting a %s)', async (adminEmail, role, message) => {
    const email = newAddress();
    const admin = await signedIn(t.url, adminEmail);
    const refused = await admin.gql(INVITE, { input: { email, role } });
    expect(refused.errors?.[0]).toMatchObject({ message, extensions: { code: 'ROLE_NOT_ALLOWED', field: 'role' } });
    expect(await t.sql('select 1 from user_invitation where email = $1', [email])).toEqual([]);
  });

  it('lets no one but an administrator invite, and answers others as if there were nothing there', async () => {
    for (const email of [HARBOUR_WORKER, HARBOUR_MANAGER]) {
      const browser = await signedIn(t.url, email);
      const refused = await browser.gql(INVITE, { input: { email: newAddress(), role: 'OUTREACH_WORKER' } });
      expect(refused.errors?.[0]).toMatchObject({ message: 'Not found', extensions: { code: 'NOT_FOUND' } });
    }
    const anonymous = await new Browser(t.url).gql(INVITE, { input: { email: newAddress(), role: 'OUTREACH_WORKER' } });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    // A manager reads the invitations; an outreach worker does not.
    expect((await (await signedIn(t.url, HARBOUR_MANAGER)).gql('{ userInvitations { id } }')).errors).toBeUndefined();
    expect((await (await signedIn(t.url, HARBOUR_WORKER)).gql('{ userInvitations { id } }')).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('names the field for malformed input', async () => {
    const admin = await signedIn(t.url, HARBOUR_ADMIN);
    const malformed = await admin.gql(INVITE, { input: { email: 'not an address', role: 'OUTREACH_WORKER' } });
    expect(malformed.errors?.[0]).toMatchObject({
      message: 'Enter an e-mail address in the correct format, like name@example.org',
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });

  it("keeps one organisation's invitations from another's administrator", async () => {
    const { id } = await inviteAndReceive(newAddress());
    const northshire = await signedIn(t.url, NORTHSHIRE_ADMIN);
    const listed = await northshire.gql<{ userInvitations: { id: string }[] }>('{ userInvitations { id } }');
    expect(listed.data?.userInvitations.map((i) => i.id)).not.toContain(id);
    const theirs = await northshire.gql('mutation($id: ID!) { revokeUserInvitation(id: $id) }', { id });
    const random = await northshire.gql('mutation($id: ID!) { revokeUserInvitation(id: $id) }', { id: '7f1c8a52-4d0e-4b7a-9c3e-0a1b2c3d4e5f' });
    const malformed = await northshire.gql('mutation($id: ID!) { revokeUserInvitation(id: $id) }', { id: 'not-an-id' });
    expect(theirs.errors).toEqual(random.errors);
    expect(malformed.errors).toEqual(random.errors);
    expect(random.errors?.[0]).toMatchObject({ message: 'Not found', extensions: { code: 'NOT_FOUND' } });
    expect(await t.sql('select revoked_at from user_invitation where id = $1', [id])).toEqual([{ revoked_at: null }]);
  });
});

describe('password reset', () => {
  const PERSON = 'outreach.worker@opendoor.example';

  it('e-mails a one-time link that sets a new password and ends every session', async () => {
    const laptop = await signedIn(t.url, PERSON);
    const request = await new Browser(t.url).gql(REQUEST_RESET, { email: PERSON.toUpperCase() });
    expect(request).toEqual({ data: { requestPasswordReset: true } });
    const mail = await smtp.waitFor((m) => m.to.includes(PERSON) && m.subject === 'Reset your Liaise password');
    const token = resetToken(mail) ?? '';
    expect(mail.text).toContain(`${PUBLIC_URL}/reset-password/${token}`);
    expect(mail.text.match(/https?:\/\/\S+/g)).toEqual([`${PUBLIC_URL}/reset-password/${token}`]);
    for (const detail of ['Open Door', 'Ana', 'Popescu', 'opendoor']) expect(mail.text).not.toContain(detail);

    const weak = await new Browser(t.url).gql(RESET, { input: { token, password: 'ana popescu rocks' } });
    expect(weak.errors?.[0]).toMatchObject({
      message: 'Password must not contain your name, e-mail address or organisation',
      extensions: { code: 'WEAK_PASSWORD', field: 'password', params: { reason: 'CONTAINS_PERSONAL_DETAIL' } },
    });
    expect(await laptop.viewerEmail()).toBe(PERSON);

    expect(await new Browser(t.url).gql(RESET, { input: { token, password: GOOD_PASSWORD } })).toEqual({ data: { resetPassword: true } });
    expect(await laptop.viewerEmail()).toBeNull();
    const ended = await t.sql(
      "select distinct ended_reason from session where user_id = (select id from user_account where email = $1) and ended_reason = 'PASSWORD_CHANGED'",
      [PERSON],
    );
    expect(ended).toEqual([{ ended_reason: 'PASSWORD_CHANGED' }]);
    expect((await new Browser(t.url).signIn(PERSON, DEMO_PASSWORD)).errors?.[0]?.extensions?.code).toBe('SIGN_IN_REFUSED');
    expect((await new Browser(t.url).signIn(PERSON, GOOD_PASSWORD)).errors).toBeUndefined();

    const reused = await new Browser(t.url).gql(RESET, { input: { token, password: 'yet another quiet lantern' } });
    expect(reused.errors?.[0]).toMatchObject({
      message: 'This password reset link has already been used: ask for a new one if you need to',
      extensions: { code: 'RESET_LINK_USED' },
    });
    const trail = await t.sql<{ action: string }>(
      `select action from audit_entry where subject_id = (select id::text from user_account where email = $1) and action like 'people.%' order by seq`,
      [PERSON],
    );
    expect(trail.map((entry) => entry.action)).toEqual(['people.password-reset-requested', 'people.password-reset', 'people.password-reset-refused']);
  });

  it('answers the same for an address with no account, or a disabled one, and sends nothing', async () => {
    const before = await t.sql('select count(*)::int as n from outbox_message');
    const unknown = await new Browser(t.url).gql(REQUEST_RESET, { email: 'nobody@nowhere.example' });
    await t.sql("update user_account set status = 'DISABLED' where email = 'outreach.worker@safepassage.example'");
    const disabled = await new Browser(t.url).gql(REQUEST_RESET, { email: 'outreach.worker@safepassage.example' });
    await t.sql("update user_account set status = 'ACTIVE' where email = 'outreach.worker@safepassage.example'");
    expect(unknown).toEqual({ data: { requestPasswordReset: true } });
    expect(disabled).toEqual(unknown);
    expect(await t.sql('select count(*)::int as n from outbox_message')).toEqual(before);
    await deliver();
    expect(smtp.to('nobody@nowhere.example')).toEqual([]);
  });

  it('sends at most three e-mails an hour to one address, however many are asked for', async () => {
    const email = 'liaison.officer@westmere.police.example';
    const answers = await Promise.all(Array.from({ length: 10 }, () => new Browser(t.url).gql(REQUEST_RESET, { email })));
    expect(answers.every((answer) => answer.data?.requestPasswordReset === true)).toBe(true);
    await deliver();
    expect(await t.sql('select count(*)::int as n from outbox_message where recipient = $1', [email])).toEqual([{ n: 3 }]);
    t.clock.advance(HOUR + 60_000);
    await new Browser(t.url).gql(REQUEST_RESET, { email });
    expect(await t.sql('select count(*)::int as n from outbox_message where recipient = $1', [email])).toEqual([{ n: 4 }]);
  });

  it('refuses a link after an hour', async () => {
    const email = 'manager@northshire.police.example';
    await new Browser(t.url).gql(REQUEST_RESET, { email });
    await deliver();
    const mail = await smtp.waitFor((m) => m.to.includes(email));
    t.clock.advance(HOUR);
    const expired = await new Browser(t.url).gql(RESET, { input: { token: resetToken(mail), password: GOOD_PASSWORD } });
    expect(expired.errors?.[0]).toMatchObject({ message: 'This password reset link has expired: ask for a new one', extensions: { code: 'RESET_LINK_EXPIRED' } });
    const unknown = await new Browser(t.url).gql(RESET, { input: { token: 'B'.repeat(43), password: GOOD_PASSWORD } });
    expect(unknown.errors?.[0]?.extensions?.code).toBe('RESET_LINK_NOT_FOUND');
    expect((await new Browser(t.url).signIn(email, DEMO_PASSWORD)).errors).toBeUndefined();
  });

  it('names the field for a malformed address', async () => {
    const malformed = await new Browser(t.url).gql(REQUEST_RESET, { email: 'nobody' });
    expect(malformed.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(malformed.errors?.[0]?.message).toContain('Enter an e-mail address in the correct format');
  });
});

describe('the outbox', () => {
  it('sends nothing for a mutation that is rolled back', async () => {
    const email = newAddress('rolled-back');
    const admin = await signedIn(t.url, HARBOUR_ADMIN);
    // Both mutations run in the request's one transaction; the second fails, so the first is undone.
    const result = await admin.gql(`mutation {
      first: inviteUser(input: { email: "${email}", role: OUTREACH_WORKER }) { id }
      second: inviteUser(input: { email: "${newAddress()}", role: LIAISON_OFFICER }) { id }
    }`);
    expect(result.errors?.[0]?.extensions?.code).toBe('ROLE_NOT_ALLOWED');
    await deliver();
    expect(await t.sql('select 1 from outbox_message where recipient = $1', [email])).toEqual([]);
    expect(await t.sql('select 1 from user_invitation where email = $1', [email])).toEqual([]);
    expect(smtp.to(email)).toEqual([]);
  });

  it('sends each message once, however many workers deliver at the same time', async () => {
    const addresses = Array.from({ length: 12 }, () => newAddress('crowd'));
    const admin = await signedIn(t.url, HARBOUR_ADMIN);
    const many = await admin.gql(
      `mutation { ${addresses.map((email, i) => `i${i}: inviteUser(input: { email: "${email}", role: OUTREACH_WORKER }) { id }`).join('\n')} }`,
    );
    expect(many.errors).toBeUndefined();
    const worker = t.app.get(OutboxWorker);
    const attempted = await Promise.all([worker.deliverDue(), worker.deliverDue(), worker.deliverDue(), worker.deliverDue()]);
    await Promise.all(addresses.map((email) => smtp.waitFor((m) => m.to.includes(email))));
    expect(attempted.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(addresses.length);
    expect(addresses.map((email) => smtp.to(email).length)).toEqual(addresses.map(() => 1));
    const rows = await t.sql<{ attempts: number }>('select attempts from outbox_message where recipient = any($1)', [addresses]);
    expect(rows.map((row) => row.attempts)).toEqual(addresses.map(() => 1));
  });

  it('tries again later when the mail server turns a message away, and gives up after eight attempts', async () => {
    const email = `someone${BUSY_DOMAIN}`;
    const dataSource = t.app.get<DataSource>(getDataSourceToken());
    const harbour = demoOrganisation('Harbour Lights Project');
    await inTenantTransaction(dataSource, { organisationId: harbour.id }, (manager) =>
      t.app.get(OutboxService).enqueue(manager, {
        organisationId: harbour.id,
        to: email,
        template: 'invitation',
        params: { link: `${PUBLIC_URL}/join/${'C'.repeat(43)}` },
      }),
    );
    const state = async () =>
      (await t.sql<{ attempts: number; failed: boolean; error: string | null; params: object }>(
        'select attempts, failed_at is not null as failed, last_error as error, params from outbox_message where recipient = $1',
        [email],
      ))[0];
    await deliver();
    expect(await state()).toMatchObject({ attempts: 1, failed: false });
    expect((await state())?.error).toMatch(/450/);
    await deliver();
    expect((await state())?.attempts).toBe(1);
    for (let attempt = 2; attempt <= 8; attempt += 1) {
      t.clock.advance(HOUR);
      await deliver();
      expect((await state())?.attempts).toBe(attempt);
    }
    expect(await state()).toMatchObject({ attempts: 8, failed: true, params: {} });
    t.clock.advance(HOUR);
    await deliver();
    expect((await state())?.attempts).toBe(8);
  });
});

describe('stopping the process', () => {
  it('finishes the e-mail in flight before the database closes', async () => {
    const slow = await startSmtpReceiver({ delayMs: 1_500 });
    const stopping = await startTestApp({ SMTP_URL: slow.url });
    try {
      const email = 'outreach.worker@safepassage.example';
      await new Browser(stopping.url).gql(REQUEST_RESET, { email });
      // The worker's own round (every 2 s) picks it up; stop while the server is still taking it.
      expect(await eventually(async () => slow.incoming() > 0, 10_000)).toBe(true);
      expect(slow.received).toHaveLength(0);
      await stopping.app.close();
      expect(slow.to(email)).toHaveLength(1);
      const sent = await withClient(stopping.db.superuserUrl, async (c) =>
        (await c.query('select attempts, sent_at is not null as sent from outbox_message where recipient = $1', [email])).rows,
      );
      expect(sent).toEqual([{ attempts: 1, sent: true }]);
    } finally {
      await stopping.db.drop();
      await rm(stopping.dataDir, { recursive: true, force: true });
      await slow.close();
    }
  });
});

describe('without SMTP_URL', () => {
  it('writes each e-mail as an .eml file under the data folder', async () => {
    const local = await startTestApp();
    try {
      await new Browser(local.url).gql(REQUEST_RESET, { email: 'outreach.worker@safepassage.example' });
      await local.app.get(OutboxWorker).deliverDue();
      const folder = path.join(local.dataDir, 'mail');
      const files = await readdir(folder);
      expect(files).toHaveLength(1);
      expect(files[0]).toMatch(/^\d{4}-\d{2}-\d{2}T[\d-]+\.\d{3}Z-[0-9a-f-]{36}\.eml$/);
      // Quoted-printable breaks long lines with a trailing "=".
      const eml = (await readFile(path.join(folder, files[0] ?? ''), 'utf8')).replace(/=\r?\n/g, '');
      expect(eml).toMatch(/^To: outreach\.worker@safepassage\.example$/m);
      expect(eml).toMatch(/^Subject: Reset your Liaise password$/m);
      expect(eml).toMatch(/\/reset-password\/[A-Za-z0-9_-]{43}/);
    } finally {
      await local.close();
    }
  });
});
