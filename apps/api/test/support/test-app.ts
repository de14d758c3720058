import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { Test, type TestingModuleBuilder } from '@nestjs/testing';
import { Clock, loadConfig } from '@liaise/api-core';
import { createTestDatabase, withClient, type TestDatabase } from '@liaise/api-testing';
import { AppModule } from '../../src/app.module.js';
import { trustPrivateProxies } from '../../src/trust-proxies.js';
import { forgetAuthenticator, useAuthenticator } from './browser.js';
import { nextDemoCode, TestClock } from './clock.js';
import { DEMO_AT_CLOCK_START } from './databases.js';

export interface TestApp {
  readonly app: INestApplication;
  readonly url: string;
  readonly db: TestDatabase;
  readonly clock: TestClock;
  /** DATA_DIR: a scratch folder of this app's own (e-mail without SMTP_URL lands in its mail/), deleted on close. */
  readonly dataDir: string;
  /** Runs SQL as a superuser on this app's database, behind the application's back; the rows. */
  sql<R extends object = Record<string, unknown>>(text: string, params?: unknown[]): Promise<R[]>;
  close(): Promise<void>;
}

/**
 * The whole api in this process on its own migrated database with the demo data, listening on a free
 * port, with a clock the test controls. Requests go through real HTTP; a Browser signs in with the codes
 * this clock's authenticator shows.
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
  const url = `http://127.0.0.1:${address.port}`;
  useAuthenticator(url, () => nextDemoCode(clock));
  return {
    app,
    url,
    db,
    clock,
    dataDir,
    sql: (text, params = []) => withClient(db.superuserUrl, async (client) => (await client.query(text, params)).rows),
    close: async () => {
      forgetAuthenticator(url);
      await app.close();
      await db.drop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
