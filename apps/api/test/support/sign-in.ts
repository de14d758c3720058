import { DEMO_PASSWORD } from '../../src/demo/demo-people.js';
import { Browser } from './browser.js';
import type { GqlResult } from './graphql.js';

/** A new Browser signed in as a demo person the whole way (second factor too); a refusal fails the test. */
export async function signedIn(url: string, email: string): Promise<Browser> {
  const browser = new Browser(url);
  const result = await browser.signIn(email, DEMO_PASSWORD);
  if (result.errors) throw new Error(`${email} could not sign in: ${JSON.stringify(result.errors)}`);
  return browser;
}

/** One signed-in Browser per demo person, shared by a test file's tests and signed in again when its session ended. */
export class SignedInPeople {
  private readonly browsers = new Map<string, Browser>();

  constructor(private readonly app: () => { readonly url: string }) {}

  async as(email: string): Promise<Browser> {
    const existing = this.browsers.get(email);
    if (existing !== undefined && (await existing.viewerEmail()) === email) return existing;
    const browser = await signedIn(this.app().url, email);
    this.browsers.set(email, browser);
    return browser;
  }

  /** GraphQL as this person. */
  async gql<T>(email: string, query: string, variables: Record<string, unknown> = {}): Promise<GqlResult<T>> {
    return (await this.as(email)).gql<T>(query, variables);
  }

  /** GraphQL as this person, which must succeed. */
  async must<T>(email: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
    return (await this.as(email)).must<T>(query, variables);
  }

  /** Forgets every browser: the next `as` signs in afresh. */
  forgetAll(): void {
    this.browsers.clear();
  }
}
