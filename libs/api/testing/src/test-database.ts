import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { APP_ROLE, OWNER_ROLE, provisionDatabase } from '@liaise/api-core';

/** Test roles are created with this password; a trust-auth server ignores it. */
export const TEST_ROLE_PASSWORD = 'liaise-test';

export interface TestDatabase {
  readonly name: string;
  /** The owner role (runs migrations). */
  readonly ownerUrl: string;
  /** The application role (what the api connects as). */
  readonly appUrl: string;
  /** A superuser connection to this database, for looking behind the application's back. */
  readonly superuserUrl: string;
  drop(): Promise<void>;
}

function superuserUrl(): string {
  const url = process.env['LIAISE_TEST_SUPERUSER_URL'];
  if (!url) throw new Error('No test PostgreSQL: run this test through its project (jest.config.mjs with database: true)');
  return url;
}

function withDatabase(url: string, database: string, user?: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  if (user !== undefined) {
    parsed.username = user;
    parsed.password = TEST_ROLE_PASSWORD;
  }
  return parsed.toString();
}

/** Roles are shared by the whole server; several jest workers provision at once, so they take turns. */
const PROVISION_LOCK = 0x6c746573;

/** A new, empty database owned by the owner role, with the application role able to connect. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const admin = superuserUrl();
  const name = `liaise_test_${randomBytes(6).toString('hex')}`;
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  try {
    await client.query('select pg_advisory_lock($1)', [PROVISION_LOCK]);
    await provisionDatabase(client, name, { owner: TEST_ROLE_PASSWORD, app: TEST_ROLE_PASSWORD });
  } finally {
    await client.query('select pg_advisory_unlock($1)', [PROVISION_LOCK]).catch(() => undefined);
    await client.end();
  }
  return {
    name,
    ownerUrl: withDatabase(admin, name, OWNER_ROLE),
    appUrl: withDatabase(admin, name, APP_ROLE),
    superuserUrl: withDatabase(admin, name),
    drop: async () => {
      const dropper = new pg.Client({ connectionString: admin });
      await dropper.connect();
      try {
        await dropper.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      } finally {
        await dropper.end();
      }
    },
  };
}

/** Runs `fn` with a client connected as `url`, and always disconnects. */
export async function withClient<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}
