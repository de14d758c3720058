import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { Test, type TestingModuleBuilder } from '@nestjs/testing';
import { generateSync } from 'otplib';
import { TOTP_PERIOD_SECONDS } from '@liaise/api-auth';
import { Clock, loadConfig } from '@liaise/api-core';
import { createTestDatabase, type TestDatabase } from '@liaise/api-testing';
import { AppModule } from '../../src/app.module.js';
import { DEMO_PASSWORD, DEMO_TOTP_SECRET } from '../../src/demo/demo-people.js';
import { trustPrivateProxies } from '../../src/trust-proxies.js';
import { DEMO_AT_CLOCK_START, TEST_CLOCK_START } from './databases.js';

/** A clock the test moves by hand. */
export class TestClock extends Clock {
  private current = new Date(TEST_CLOCK_START);

  now(): Date {
    return new Date(this.current);
  }

  advance(ms: number): void {
    this.current = new Date(this.current.getTime() + ms);
  }
}

export interface TestApp {
  readonly app: INestApplication;
  readonly url: string;
  readonly db: TestDatabase;
  readonly clock: TestClock;
  /** DATA_DIR: a scratch folder of this app's own (e-mail without SMTP_URL lands in its mail/), deleted on close. */
  readonly dataDir: string;
  close(): Promise<void>;
}

/**
 * The whole api in this process on its own migrated database with the demo data, listening on a free
 * port, with a clock the test controls. Requests go through real HTTP.
 */
export async function startTestApp(
  env: Record<string, string> = {},
  customise: (builder: TestingModuleBuilder) => TestingModuleBuilder = (builder) => builder,
): Promise<TestApp> {
  const db = await createTestDatabase(DEMO_AT_CLOCK_START);
  const clock = new TestClock();
  const dataDir = await mkdtemp(path.join(tmpdir(), 'liaise-test-app-'));
  const config = loadConfig({ LOG_LEVEL: 'silent', DATA_DIR: dataDir, ...env }, []);
  const moduleRef = await customise(
    Test.createTestingModule({
    imports: [AppModule.forRoot({ config, runtime: { demoMode: true, embeddedDatabase: false, version: 'test' }, appDatabaseUrl: db.appUrl })],
    })
      .overrideProvider(Clock)
      .useValue(clock),
  ).compile();
  const app = moduleRef.createNestApplication({ logger: false });
  // As `serve` does: a Browser can then come from an address of its own (X-Forwarded-For), as behind the proxy.
  trustPrivateProxies(app);
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address() as { port: number };
  CLOCKS.set(`http://127.0.0.1:${address.port}`, clock);
  return {
    app,
    url: `http://127.0.0.1:${address.port}`,
    db,
    clock,
    dataDir,
    close: async () => {
      CLOCKS.delete(`http://127.0.0.1:${address.port}`);
      await app.close();
      await db.drop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** Each running test app's clock, so a Browser can compute the authenticator code the server expects. */
const CLOCKS = new Map<string, TestClock>();

/** The code a demo person's authenticator app shows at this clock's time. */
export function currentDemoCode(clock: TestClock): string {
  return generateSync({ secret: DEMO_TOTP_SECRET, epoch: Math.floor(clock.now().getTime() / 1000) });
}

/** The code a demo person's authenticator app shows at this clock's time, one period later than last asked. */
export function nextDemoCode(clock: TestClock): string {
  clock.advance(TOTP_PERIOD_SECONDS * 1000);
  return currentDemoCode(clock);
}

/**
 * A GraphQL client with its own cookie jar, like one browser. Given a client address, it comes from there
 * (in X-Forwarded-For, as behind the proxy); otherwise from 127.0.0.1.
 */
export class Browser {
  cookie: string | undefined;
  lastSetCookie: string | undefined;

  constructor(
    private readonly url: string,
    readonly clientAddress?: string,
  ) {}

  async gql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<{ data?: T; errors?: { message: string; extensions?: { code?: string } }[] }> {
    const response = await fetch(`${this.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(this.cookie ? { cookie: this.cookie } : {}),
        ...(this.clientAddress ? { 'x-forwarded-for': this.clientAddress } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    const setCookie = response.headers.get('set-cookie');
    if (setCookie) {
      this.lastSetCookie = setCookie;
      const [pair] = setCookie.split(';');
      const value = pair?.split('=')[1];
      this.cookie = value ? pair : undefined;
    }
    return (await response.json()) as { data?: T; errors?: { message: string; extensions?: { code?: string } }[] };
  }

  /** Password only: the session may still owe its second factor. */
  signInPasswordOnly(email: string, password: string) {
    return this.gql<{ signIn: { user: { email: string }; secondFactorStep: string } }>(
      'mutation($input: SignInInput!) { signIn(input: $input) { user { email } secondFactorStep } }',
      { input: { email, password } },
    );
  }

  /** Signs in the whole way: password, then (demo accounts that need one) the authenticator code. */
  async signIn(email: string, password: string) {
    const result = await this.signInPasswordOnly(email, password);
    if (result.data?.signIn.secondFactorStep !== 'ENTER_CODE') return result;
    const clock = CLOCKS.get(this.url);
    if (clock === undefined) throw new Error(`No test clock for ${this.url}`);
    const verified = await this.gql('mutation($input: SecondFactorCodeInput!) { verifySecondFactor(input: $input) { user { email } } }', {
      input: { code: nextDemoCode(clock) },
    });
    return verified.errors ? { ...result, errors: verified.errors } : result;
  }

  async viewerEmail(): Promise<string | null> {
    const result = await this.gql<{ viewer: { user: { email: string } } | null }>('{ viewer { user { email } } }');
    return result.data?.viewer?.user.email ?? null;
  }
}

export type GqlResult<T> = { data?: T | null; errors?: { message: string; extensions?: { code?: string; field?: string } }[] };

/** One signed-in Browser per demo person, shared by a test file's tests and signed in again when its session ended. */
export class SignedInPeople {
  private readonly browsers = new Map<string, Browser>();

  constructor(private readonly app: () => TestApp) {}

  async as(email: string): Promise<Browser> {
    const existing = this.browsers.get(email);
    if (existing !== undefined && (await existing.viewerEmail()) === email) return existing;
    const browser = new Browser(this.app().url);
    const result = await browser.signIn(email, DEMO_PASSWORD);
    if (result.errors) throw new Error(`${email}: ${JSON.stringify(result.errors)}`);
    this.browsers.set(email, browser);
    return browser;
  }

  /** GraphQL as this person. */
  async gql<T>(email: string, query: string, variables: Record<string, unknown> = {}): Promise<GqlResult<T>> {
    return (await this.as(email)).gql<T>(query, variables) as Promise<GqlResult<T>>;
  }

  /** GraphQL as this person, which must succeed. */
  async must<T>(email: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const result = await this.gql<T>(email, query, variables);
    if (result.errors?.length || !result.data) throw new Error(`GraphQL refused for ${email}: ${JSON.stringify(result.errors)}`);
    return result.data;
  }

  /** Forgets every browser: the next `as` signs in afresh. */
  forgetAll(): void {
    this.browsers.clear();
  }
}
