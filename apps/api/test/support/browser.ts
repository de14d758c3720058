import { SystemClock } from '@liaise/api-core';
import { currentDemoCode } from './clock.js';
import type { GqlResult } from './graphql.js';

/**
 * How a Browser finds the code a demo person's authenticator app shows for the api at a URL: a test app
 * registers its clock's next code; an api process of its own runs on the real time.
 */
const AUTHENTICATORS = new Map<string, () => string>();

export function useAuthenticator(url: string, code: () => string): void {
  AUTHENTICATORS.set(url, code);
}

export function forgetAuthenticator(url: string): void {
  AUTHENTICATORS.delete(url);
}

/** For an api process on the system clock (not a test app): its demo people's codes are today's. */
export function useRealTimeAuthenticator(url: string): void {
  const clock = new SystemClock();
  useAuthenticator(url, () => currentDemoCode(clock));
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

  async gql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<GqlResult<T>> {
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
    return (await response.json()) as GqlResult<T>;
  }

  /** GraphQL that must succeed: a refusal fails the test with its errors. */
  async must<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<T> {
    const result = await this.gql<T>(query, variables);
    if (result.errors?.length || !result.data) throw new Error(`GraphQL refused: ${JSON.stringify(result.errors)}`);
    return result.data;
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
    const code = AUTHENTICATORS.get(this.url);
    if (code === undefined) throw new Error(`No authenticator for ${this.url}: start a test app, or useRealTimeAuthenticator for an api process`);
    const verified = await this.gql('mutation($input: SecondFactorCodeInput!) { verifySecondFactor(input: $input) { user { email } } }', {
      input: { code: code() },
    });
    return verified.errors ? { ...result, errors: verified.errors } : result;
  }

  async viewerEmail(): Promise<string | null> {
    const result = await this.gql<{ viewer: { user: { email: string } } | null }>('{ viewer { user { email } } }');
    return result.data?.viewer?.user.email ?? null;
  }
}
