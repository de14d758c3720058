import { generateSync } from 'otplib';
import { DEMO_PASSWORD } from '../src/demo/demo-people.js';
import { CODE_PAUSE_FROM, WRONG_CODES_PER_SESSION } from '@liaise/api-auth';
import { Browser } from './support/browser.js';
import { currentDemoCode, nextDemoCode } from './support/clock.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const OFFICER = 'liaison.officer@northshire.police.example';
const WORKER = 'outreach.worker@opendoor.example';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const codeFor = (secret: string) => generateSync({ secret, epoch: Math.floor(t.clock.now().getTime() / 1000) });
const VERIFY = 'mutation($input: SecondFactorCodeInput!) { verifySecondFactor(input: $input) { secondFactorStep permissions } }';
const AUDIT = '{ auditEntries { entries { action } } }';

describe('two-factor sign-in', () => {
  it('leaves a police user\'s session able to do nothing but give the code, then lets them in with a new session', async () => {
    const browser = new Browser(t.url);
    const first = await browser.signInPasswordOnly('manager@northshire.police.example', DEMO_PASSWORD);
    expect(first.data?.signIn.secondFactorStep).toBe('ENTER_CODE');
    const partialCookie = browser.cookie;
    const refused = await browser.gql(AUDIT);
    expect(refused.errors?.[0]?.extensions?.code).toBe('SECOND_FACTOR_REQUIRED');

    const verified = await browser.gql<{ verifySecondFactor: { secondFactorStep: string; permissions: string[] } }>(VERIFY, {
      input: { code: nextDemoCode(t.clock) },
    });
    expect(verified.data?.verifySecondFactor.secondFactorStep).toBe('DONE');
    expect(verified.data?.verifySecondFactor.permissions).toContain('audit:read');
    expect(browser.cookie).not.toBe(partialCookie);
    expect((await browser.gql(AUDIT)).errors).toBeUndefined();

    const replay = new Browser(t.url);
    replay.cookie = partialCookie;
    expect(await replay.viewerEmail()).toBeNull();
  });

  it('refuses a code used once already, a wrong code, and a malformed one, each with its own message', async () => {
    const first = new Browser(t.url);
    await first.signInPasswordOnly(OFFICER, DEMO_PASSWORD);
    const code = nextDemoCode(t.clock);
    expect((await first.gql(VERIFY, { input: { code } })).errors).toBeUndefined();

    const second = new Browser(t.url);
    await second.signInPasswordOnly(OFFICER, DEMO_PASSWORD);
    const reused = await second.gql(VERIFY, { input: { code } });
    expect(reused.errors?.[0]).toMatchObject({ message: 'That code has already been used: wait for the next one', extensions: { code: 'CODE_ALREADY_USED' } });
    const wrong = await second.gql(VERIFY, { input: { code: code === '000000' ? '111111' : '000000' } });
    expect(wrong.errors?.[0]?.extensions?.code).toBe('CODE_INCORRECT');
    const malformed = await second.gql(VERIFY, { input: { code: '12ab' } });
    expect(malformed.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    // Every code tried counts until one is accepted, the reused one too.
    const failures = await t.sql('select failed_codes from user_account where email = $1', [OFFICER]);
    expect(failures[0]).toEqual({ failed_codes: 2 });
  });

  it('counts wrong codes across sign-ins, a right password resetting nothing, and pauses them, the right code too', async () => {
    const email = 'liaison.officer@westmere.police.example';
    const wrongCode = () => (currentDemoCode(t.clock) === '000000' ? '111111' : '000000');
    const codes: (string | undefined)[] = [];
    // Two wrong codes in each of three sign-ins (fewer than would end a session), from the same browser.
    const browser = new Browser(t.url);
    for (let signIn = 0; signIn < 3; signIn += 1) {
      expect((await browser.signInPasswordOnly(email, DEMO_PASSWORD)).data?.signIn.secondFactorStep).toBe('ENTER_CODE');
      for (let i = 0; i < 2 && codes.length < CODE_PAUSE_FROM; i += 1) {
        codes.push((await browser.gql(VERIFY, { input: { code: wrongCode() } })).errors?.[0]?.extensions?.code);
      }
    }
    expect(codes).toEqual(Array<string>(CODE_PAUSE_FROM).fill('CODE_INCORRECT'));
    const paused = await browser.gql(VERIFY, { input: { code: currentDemoCode(t.clock) } });
    expect(paused.errors?.[0]).toMatchObject({ message: 'Too many attempts to sign in: try again in 1 minute', extensions: { code: 'SIGN_IN_PAUSED', params: { minutes: 1 } } });
    const again = new Browser(t.url);
    await again.signInPasswordOnly(email, DEMO_PASSWORD);
    expect((await again.gql(VERIFY, { input: { code: currentDemoCode(t.clock) } })).errors?.[0]?.extensions?.code).toBe('SIGN_IN_PAUSED');

    t.clock.advance(16_000);
    expect((await again.gql(VERIFY, { input: { code: currentDemoCode(t.clock) } })).errors).toBeUndefined();
    expect(await again.viewerEmail()).toBe(email);
    const reset = await t.sql('select failed_codes, codes_paused_until from user_account where email = $1', [email]);
    expect(reset[0]).toEqual({ failed_codes: 0, codes_paused_until: null });
  });

  it('ends the half-signed-in session at the third wrong code, so the password must be given again', async () => {
    const email = 'admin@opendoor.example';
    const browser = new Browser(t.url);
    expect((await browser.signInPasswordOnly(email, DEMO_PASSWORD)).data?.signIn.secondFactorStep).toBe('ENTER_CODE');
    const wrongCode = () => (currentDemoCode(t.clock) === '000000' ? '111111' : '000000');
    for (let i = 1; i < WRONG_CODES_PER_SESSION; i += 1) {
      expect((await browser.gql(VERIFY, { input: { code: wrongCode() } })).errors?.[0]?.extensions?.code).toBe('CODE_INCORRECT');
    }
    const last = await browser.gql(VERIFY, { input: { code: wrongCode() } });
    expect(last.errors?.[0]).toMatchObject({
      message: 'You entered a wrong code 3 times: sign in again with your e-mail address and password',
      extensions: { code: 'TOO_MANY_WRONG_CODES' },
    });
    expect((await browser.gql(VERIFY, { input: { code: nextDemoCode(t.clock) } })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await browser.viewerEmail()).toBeNull();
    const ended = await t.sql(
      'select s.ended_reason from session s join user_account a on a.id = s.user_id where a.email = $1 order by s.created_at desc limit 1',
      [email],
    );
    expect(ended[0]).toEqual({ ended_reason: 'TOO_MANY_WRONG_CODES' });

    expect((await browser.signIn(email, DEMO_PASSWORD)).errors).toBeUndefined();
    expect(await browser.viewerEmail()).toBe(email);
  });

  it('does not ask for a code where the role does not need one and none is set up', async () => {
    const browser = new Browser(t.url);
    const result = await browser.signInPasswordOnly(WORKER, DEMO_PASSWORD);
    expect(result.data?.signIn.secondFactorStep).toBe('DONE');
  });

  it('makes a manager without an authenticator app set one up, gives recovery codes once, and each works once', async () => {
    const email = 'manager@harbourlights.example';
    await t.sql('update user_account set totp_secret = null, totp_enabled_at = null, totp_last_step = null where email = $1', [email]);
    const browser = new Browser(t.url);
    const signedIn = await browser.signInPasswordOnly(email, DEMO_PASSWORD);
    expect(signedIn.data?.signIn.secondFactorStep).toBe('ENROL');

    const begun = await browser.gql<{ beginTwoFactorEnrolment: { secret: string; otpauthUri: string; qrCodeSvg: string } }>(
      'mutation { beginTwoFactorEnrolment { secret otpauthUri qrCodeSvg } }',
    );
    const enrolment = begun.data?.beginTwoFactorEnrolment;
    expect(enrolment?.otpauthUri).toMatch(/^otpauth:\/\/totp\/Liaise:manager%40harbourlights\.example\?/);
    expect(enrolment?.qrCodeSvg).toContain('<svg');
    const secret = enrolment?.secret ?? '';

    const wrong = await browser.gql('mutation($input: SecondFactorCodeInput!) { confirmTwoFactorEnrolment(input: $input) { recoveryCodes } }', {
      input: { code: codeFor(secret) === '123456' ? '654321' : '123456' },
    });
    expect(wrong.errors?.[0]?.extensions?.code).toBe('CODE_INCORRECT');
    const confirmed = await browser.gql<{ confirmTwoFactorEnrolment: { recoveryCodes: string[]; viewer: { secondFactorStep: string } } }>(
      'mutation($input: SecondFactorCodeInput!) { confirmTwoFactorEnrolment(input: $input) { recoveryCodes viewer { secondFactorStep } } }',
      { input: { code: codeFor(secret) } },
    );
    const codes = confirmed.data?.confirmTwoFactorEnrolment.recoveryCodes ?? [];
    expect(confirmed.data?.confirmTwoFactorEnrolment.viewer.secondFactorStep).toBe('DONE');
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    const stored = await t.sql("select code_hash from recovery_code rc join user_account a on a.id = rc.user_id where a.email = $1", [email]);
    expect(stored.map((r) => r.code_hash)).not.toContain(codes[0]);

    const again = await browser.gql('mutation { beginTwoFactorEnrolment { secret } }');
    expect(again.errors?.[0]?.extensions?.code).toBe('ALREADY_ENROLLED');

    const withRecovery = new Browser(t.url);
    await withRecovery.signInPasswordOnly(email, DEMO_PASSWORD);
    expect((await withRecovery.gql(VERIFY, { input: { code: codes[0] } })).errors).toBeUndefined();
    const reuse = new Browser(t.url);
    await reuse.signInPasswordOnly(email, DEMO_PASSWORD);
    expect((await reuse.gql(VERIFY, { input: { code: codes[0] } })).errors?.[0]?.extensions?.code).toBe('CODE_INCORRECT');
  });

  it('puts enrolment and second-factor steps on the audit trail', async () => {
    const admin = new Browser(t.url);
    await admin.signIn('admin@northshire.police.example', DEMO_PASSWORD);
    const page = await admin.gql<{ auditEntries: { entries: { action: string }[] } }>(AUDIT);
    const actions = page.data?.auditEntries.entries.map((e) => e.action) ?? [];
    expect(actions).toContain('auth.second-factor-verified');
    expect(actions).toContain('auth.second-factor-failed');
  });

  it('asks a person promoted into a role that needs it to set up two-factor sign-in before anything else', async () => {
    const worker = new Browser(t.url);
    await worker.signIn('outreach.worker@safepassage.example', DEMO_PASSWORD);
    expect((await worker.gql('{ myTraining { id } }')).errors).toBeUndefined();
    const admin = new Browser(t.url);
    await admin.signIn('admin@safepassage.example', DEMO_PASSWORD);
    const rows = await t.sql<{ id: string }>('select id from user_account where email = $1', ['outreach.worker@safepassage.example']);
    const changed = await admin.gql('mutation($id: ID!) { changeRole(userId: $id, role: MANAGER) { role } }', { id: rows[0]?.id });
    expect(changed.errors).toBeUndefined();
    const viewer = await worker.gql<{ viewer: { secondFactorStep: string } }>('{ viewer { secondFactorStep } }');
    expect(viewer.data?.viewer.secondFactorStep).toBe('ENROL');
    expect((await worker.gql('{ myTraining { id } }')).errors?.[0]?.extensions?.code).toBe('SECOND_FACTOR_REQUIRED');
  });
});
