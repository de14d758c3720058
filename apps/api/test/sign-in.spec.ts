import { SIGN_IN_PAUSE_FROM, throttleKeys } from '@liaise/api-auth';
import { DEMO_PASSWORD, DEMO_PEOPLE } from '../src/demo/demo-people.js';
import { Browser } from './support/browser.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const OFFICER = 'liaison.officer@northshire.police.example';
const WORKER = 'outreach.worker@harbourlights.example';
const MINUTE = 60_000;

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

describe('signing in', () => {
  it('starts a session in an HttpOnly, SameSite cookie and knows who is signed in', async () => {
    const browser = new Browser(t.url);
    const result = await browser.signIn(OFFICER, DEMO_PASSWORD);
    expect(result.errors).toBeUndefined();
    expect(browser.lastSetCookie).toMatch(/^liaise_session=[\w-]{43}; /);
    expect(browser.lastSetCookie).toContain('HttpOnly');
    expect(browser.lastSetCookie).toContain('SameSite=Lax');
    expect(browser.lastSetCookie).toContain('Path=/');
    expect(await browser.viewerEmail()).toBe(OFFICER);
  });

  it('refuses a wrong password and an unknown address with the same message, and counts both alike without making an account', async () => {
    const from = '192.0.2.10';
    const browser = new Browser(t.url, from);
    const unknownEmail = 'nobody@nowhere.example';
    const before = await t.sql('select (select count(*)::int from session) as sessions, (select count(*)::int from user_account) as accounts');
    const wrong = await browser.signIn(WORKER, 'not the password at all');
    const unknown = await browser.signIn(unknownEmail, 'not the password at all');
    expect(wrong.errors?.[0]).toMatchObject({ message: 'Enter a correct e-mail address and password', extensions: { code: 'SIGN_IN_REFUSED' } });
    expect(unknown.errors?.[0]).toEqual(wrong.errors?.[0]);
    expect(browser.cookie).toBeUndefined();
    expect((await t.sql('select (select count(*)::int from session) as sessions, (select count(*)::int from user_account) as accounts'))).toEqual(before);
    const counts = async (keys: string[]) =>
      t.sql('select scope, failures from sign_in_throttle where key = any($1) order by scope', [keys]);
    const real = throttleKeys(WORKER, from);
    const made = throttleKeys(unknownEmail, from);
    expect(await counts([real.pair, real.account])).toEqual([{ scope: 'account', failures: 1 }, { scope: 'pair', failures: 1 }]);
    expect(await counts([made.pair, made.account])).toEqual(await counts([real.pair, real.account]));
    expect(await counts([real.client])).toEqual([{ scope: 'client', failures: 2 }]);
  });

  it('names the field for malformed input', async () => {
    const result = await new Browser(t.url).signIn('not-an-address', '');
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toContain('Enter an e-mail address in the correct format');
    expect(result.errors?.[0]?.message).toContain('Enter your password');
  });

  it('pauses one client address after five failures on an account, even with the right password, and not the person elsewhere', async () => {
    const email = 'manager@harbourlights.example';
    const attacker = new Browser(t.url, '198.51.100.7');
    for (let i = 0; i < SIGN_IN_PAUSE_FROM.pair; i += 1) {
      expect((await attacker.signIn(email, `wrong guess number ${i}`)).errors?.[0]?.extensions?.code).toBe('SIGN_IN_REFUSED');
    }
    const paused = await attacker.signIn(email, DEMO_PASSWORD);
    expect(paused.errors?.[0]).toMatchObject({ message: 'Too many attempts to sign in: try again in 1 minute', extensions: { code: 'SIGN_IN_PAUSED', params: { minutes: 1 } } });
    const person = new Browser(t.url, '203.0.113.20');
    expect((await person.signIn(email, DEMO_PASSWORD)).errors).toBeUndefined();
    expect(await person.viewerEmail()).toBe(email);
    t.clock.advance(16 * MINUTE);
    expect((await attacker.signIn(email, DEMO_PASSWORD)).errors).toBeUndefined();
  });

  it('answers an unknown address exactly as a real one through the same sequence of failures and pauses', async () => {
    const answers = async (email: string, from: string) => {
      const browser = new Browser(t.url, from);
      const seen: unknown[] = [];
      for (let i = 0; i < SIGN_IN_PAUSE_FROM.pair + 2; i += 1) seen.push((await browser.signIn(email, `guess ${i}`)).errors);
      // The right password of the real account, tried on both: paused alike.
      seen.push((await browser.signIn(email, DEMO_PASSWORD)).errors);
      return seen;
    };
    const real = await answers('outreach.worker@safepassage.example', '192.0.2.30');
    const unknown = await answers('no.such.person@safepassage.example', '192.0.2.31');
    expect(unknown).toEqual(real);
    const codes = real.map((errors) => (errors as { extensions: { code: string } }[])[0]?.extensions.code);
    expect(codes).toEqual([...Array<string>(SIGN_IN_PAUSE_FROM.pair).fill('SIGN_IN_REFUSED'), 'SIGN_IN_PAUSED', 'SIGN_IN_PAUSED', 'SIGN_IN_PAUSED']);
  });

  it('pauses an account as a whole only at 100 failures in a row, and never where the person has signed in before', async () => {
    const email = 'admin@westmere.police.example';
    const usualPlace = '203.0.113.50';
    expect((await new Browser(t.url, usualPlace).signIn(email, DEMO_PASSWORD)).errors).toBeUndefined();
    // From many addresses, each staying under the pair's and the client address's own limits.
    const triesEach = SIGN_IN_PAUSE_FROM.pair - 1;
    const refusals: (string | undefined)[] = [];
    for (let n = 0; n < SIGN_IN_PAUSE_FROM.account; n += 1) {
      const from = `198.18.0.${Math.floor(n / triesEach) + 1}`;
      refusals.push((await new Browser(t.url, from).signInPasswordOnly(email, `spray ${n}`)).errors?.[0]?.extensions?.code);
    }
    expect(refusals).toEqual(Array<string>(SIGN_IN_PAUSE_FROM.account).fill('SIGN_IN_REFUSED'));
    const elsewhere = await new Browser(t.url, '198.18.1.1').signInPasswordOnly(email, DEMO_PASSWORD);
    expect(elsewhere.errors?.[0]?.extensions?.code).toBe('SIGN_IN_PAUSED');
    const person = new Browser(t.url, usualPlace);
    expect((await person.signIn(email, DEMO_PASSWORD)).errors).toBeUndefined();
    expect(await person.viewerEmail()).toBe(email);
  });

  it('pauses a client address that fails across many accounts, except for people who have signed in from there before', async () => {
    const shared = '192.0.2.99';
    const colleague = 'liaison.officer@westmere.police.example';
    expect((await new Browser(t.url, shared).signIn(colleague, DEMO_PASSWORD)).errors).toBeUndefined();
    const attacker = new Browser(t.url, shared);
    const email = 'platform.admin@liaise.example';
    const others = DEMO_PEOPLE.map((person) => person.email).filter((other) => other !== colleague && other !== email);
    for (let i = 0; i < SIGN_IN_PAUSE_FROM.client; i += 1) {
      const result = await attacker.signInPasswordOnly(others[i] ?? `someone.${i}@nowhere.example`, 'password123');
      expect(result.errors?.[0]?.extensions?.code).toBe('SIGN_IN_REFUSED');
    }
    const fromShared = await new Browser(t.url, shared).signInPasswordOnly(email, DEMO_PASSWORD);
    expect(fromShared.errors?.[0]?.extensions?.code).toBe('SIGN_IN_PAUSED');
    expect((await new Browser(t.url, shared).signIn(colleague, DEMO_PASSWORD)).errors).toBeUndefined();
    expect((await new Browser(t.url, '203.0.113.60').signIn(email, DEMO_PASSWORD)).errors).toBeUndefined();
  });

  it('stores an argon2id hash with at least OWASP\'s minimum parameters', async () => {
    const rows = await t.sql('select password_hash from user_account where email = $1', [OFFICER]);
    const [, algorithm, version, parameters] = String(rows[0]?.password_hash).split('$');
    expect({ algorithm, version }).toEqual({ algorithm: 'argon2id', version: 'v=19' });
    expect(Object.fromEntries(parameters?.split(',').map((p) => p.split('=')) ?? [])).toEqual({ m: '19456', t: '2', p: '1' });
  });

  it('costs about the same for an unknown address as for a known one', async () => {
    const time = async (email: string, from: string) => {
      const started = performance.now();
      await new Browser(t.url, from).signIn(email, 'a wrong password for timing');
      return performance.now() - started;
    };
    const known: number[] = [];
    const unknown: number[] = [];
    for (let i = 0; i < 6; i += 1) {
      known.push(await time('admin@harbourlights.example', `192.0.2.${40 + i}`));
      unknown.push(await time(`unknown-${i}@nowhere.example`, `192.0.2.${40 + i}`));
    }
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
    const ratio = median(unknown) / median(known);
    // Both verify an argon2id hash; without the decoy the unknown address would answer many times faster.
    expect(ratio).toBeGreaterThan(0.5);
    expect(ratio).toBeLessThan(2);
  });
});

describe('sessions', () => {
  it('gets a new session id at sign-in and ends the one the browser brought (no fixation)', async () => {
    const browser = new Browser(t.url);
    await browser.signIn(OFFICER, DEMO_PASSWORD);
    const first = browser.cookie;
    expect((await browser.signIn(OFFICER, DEMO_PASSWORD)).errors).toBeUndefined();
    expect(browser.cookie).not.toBe(first);
    const replay = new Browser(t.url);
    replay.cookie = first;
    expect(await replay.viewerEmail()).toBeNull();
  });

  it('ignores a session token the server never issued', async () => {
    const browser = new Browser(t.url);
    browser.cookie = 'liaise_session=planted-by-an-attacker-aaaaaaaaaaaaaaaaaaaaaaaa';
    expect(await browser.viewerEmail()).toBeNull();
  });

  it('ends after 30 minutes without a request, and not before', async () => {
    const browser = new Browser(t.url);
    await browser.signIn(OFFICER, DEMO_PASSWORD);
    t.clock.advance(29 * MINUTE);
    expect(await browser.viewerEmail()).toBe(OFFICER);
    t.clock.advance(29 * MINUTE);
    expect(await browser.viewerEmail()).toBe(OFFICER);
    t.clock.advance(30 * MINUTE);
    expect(await browser.viewerEmail()).toBeNull();
  });

  it('ends 12 hours after sign-in however active it is', async () => {
    const browser = new Browser(t.url);
    await browser.signIn(OFFICER, DEMO_PASSWORD);
    for (let elapsed = 0; elapsed < 11 * 60; elapsed += 25) {
      t.clock.advance(25 * MINUTE);
      expect(await browser.viewerEmail()).toBe(OFFICER);
    }
    t.clock.advance(60 * MINUTE);
    expect(await browser.viewerEmail()).toBeNull();
  });

  it('signs out everywhere: every browser of that person, and nobody else', async () => {
    const [laptop, phone, colleague] = [new Browser(t.url), new Browser(t.url), new Browser(t.url)];
    await laptop.signIn(OFFICER, DEMO_PASSWORD);
    await phone.signIn(OFFICER, DEMO_PASSWORD);
    await colleague.signIn('admin@northshire.police.example', DEMO_PASSWORD);
    const ended = await laptop.gql<{ signOutEverywhere: number }>('mutation { signOutEverywhere }');
    expect(ended.data?.signOutEverywhere).toBeGreaterThanOrEqual(2);
    expect(await laptop.viewerEmail()).toBeNull();
    expect(await phone.viewerEmail()).toBeNull();
    expect(await colleague.viewerEmail()).toBe('admin@northshire.police.example');
  });

  it('ends every session when the account is disabled', async () => {
    const browser = new Browser(t.url);
    await browser.signIn(WORKER, DEMO_PASSWORD);
    expect(await browser.viewerEmail()).toBe(WORKER);
    await t.sql("update user_account set status = 'DISABLED' where email = $1", [WORKER]);
    expect(await browser.viewerEmail()).toBeNull();
    expect((await browser.signIn(WORKER, DEMO_PASSWORD)).errors?.[0]?.extensions?.code).toBe('SIGN_IN_REFUSED');
    await t.sql("update user_account set status = 'ACTIVE' where email = $1", [WORKER]);
  });

  it('asks an anonymous caller to sign in for anything that needs it', async () => {
    const result = await new Browser(t.url).gql('mutation { signOut }');
    expect(result.errors?.[0]).toMatchObject({ message: 'Sign in to continue', extensions: { code: 'UNAUTHENTICATED' } });
  });
});

describe('changing one\'s password', () => {
  const CHANGE = 'mutation($input: ChangePasswordInput!) { changePassword(input: $input) }';
  const email = 'outreach.worker@opendoor.example';

  it('checks the current password and the policy, then ends every other session and keeps this one', async () => {
    const [here, elsewhere] = [new Browser(t.url), new Browser(t.url)];
    await here.signIn(email, DEMO_PASSWORD);
    await elsewhere.signIn(email, DEMO_PASSWORD);
    const before = here.cookie;

    const wrong = await here.gql(CHANGE, { input: { currentPassword: 'not it at all', newPassword: 'copper kettle morning tide' } });
    expect(wrong.errors?.[0]).toMatchObject({ message: 'Your current password is not right', extensions: { code: 'CURRENT_PASSWORD_INCORRECT', field: 'currentPassword' } });
    const weak = await here.gql(CHANGE, { input: { currentPassword: DEMO_PASSWORD, newPassword: 'short' } });
    expect(weak.errors?.[0]).toMatchObject({ extensions: { code: 'WEAK_PASSWORD', field: 'newPassword', params: { reason: 'TOO_SHORT' } } });
    expect(await elsewhere.viewerEmail()).toBe(email);

    const changed = await here.gql(CHANGE, { input: { currentPassword: DEMO_PASSWORD, newPassword: 'copper kettle morning tide' } });
    expect(changed).toEqual({ data: { changePassword: true } });
    expect(here.cookie).not.toBe(before);
    expect(await here.viewerEmail()).toBe(email);
    expect(await elsewhere.viewerEmail()).toBeNull();
    expect((await new Browser(t.url).signIn(email, DEMO_PASSWORD)).errors?.[0]?.extensions?.code).toBe('SIGN_IN_REFUSED');
    expect((await new Browser(t.url).signIn(email, 'copper kettle morning tide')).errors).toBeUndefined();
  });
});

describe('cookies over HTTPS', () => {
  it('are Secure and __Host- prefixed when the portal is reached over HTTPS', async () => {
    const secure = await startTestApp({ PUBLIC_URL: 'https://liaise.example' });
    try {
      const browser = new Browser(secure.url);
      await browser.signIn(OFFICER, DEMO_PASSWORD);
      expect(browser.lastSetCookie).toMatch(/^__Host-liaise_session=/);
      expect(browser.lastSetCookie).toContain('Secure');
      expect(browser.lastSetCookie).toContain('HttpOnly');
    } finally {
      await secure.close();
    }
  });
});
