import type { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { Clock, loadConfig, migrate } from '@liaise/api-core';
import { createTestDatabase, type TestDatabase } from '@liaise/api-testing';
import { AppModule } from '../../src/app.module.js';
import { loadDemoData } from '../../src/demo/demo-data.js';
import { ENTITIES } from '../../src/entities.js';
import { MIGRATIONS } from '../../src/migrations/index.js';

/** A clock the test moves by hand. */
export class TestClock extends Clock {
  private current = new Date('2026-11-28T09:00:00Z');

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
  close(): Promise<void>;
}

/**
 * The whole api in this process on its own migrated database with the demo data, listening on a free
 * port, with a clock the test controls. Requests go through real HTTP.
 */
export async function startTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const db = await createTestDatabase();
  await migrate({ ownerUrl: db.ownerUrl, entities: ENTITIES, migrations: MIGRATIONS });
  await loadDemoData(db.ownerUrl);
  const clock = new TestClock();
  const config = loadConfig({ LOG_LEVEL: 'silent', ...env }, []);
  const moduleRef = await Test.createTestingModule({
    imports: [AppModule.forRoot({ config, runtime: { demoMode: true, embeddedDatabase: false, version: 'test' }, appDatabaseUrl: db.appUrl })],
  })
    .overrideProvider(Clock)
    .useValue(clock)
    .compile();
  const app = moduleRef.createNestApplication({ logger: false });
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address() as { port: number };
  return {
    app,
    url: `http://127.0.0.1:${address.port}`,
    db,
    clock,
    close: async () => {
      await app.close();
      await db.drop();
    },
  };
}

/** A GraphQL client with its own cookie jar, like one browser. */
export class Browser {
  cookie: string | undefined;
  lastSetCookie: string | undefined;

  constructor(private readonly url: string) {}

  async gql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<{ data?: T; errors?: { message: string; extensions?: { code?: string } }[] }> {
    const response = await fetch(`${this.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(this.cookie ? { cookie: this.cookie } : {}) },
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

  signIn(email: string, password: string) {
    return this.gql<{ signIn: { user: { email: string } } }>(
      'mutation($input: SignInInput!) { signIn(input: $input) { user { email } } }',
      { input: { email, password } },
    );
  }

  async viewerEmail(): Promise<string | null> {
    const result = await this.gql<{ viewer: { user: { email: string } } | null }>('{ viewer { user { email } } }');
    return result.data?.viewer?.user.email ?? null;
  }
}
