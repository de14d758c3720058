import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { APP_ROLE, OWNER_ROLE, provisionDatabase } from '@liaise/api-core';

/** Test roles are created with this password; a trust-auth server ignores it. */
export const TEST_ROLE_PASSWORD = 'liaise-test';

export interface TestDatabaseUrls {
  readonly name: string;
  /** The owner role (runs migrations). */
  readonly ownerUrl: string;
  /** The application role (what the api connects as). */
  readonly appUrl: string;
  /** A superuser connection to this database, for looking behind the application's back. */
  readonly superuserUrl: string;
}

export interface TestDatabase extends TestDatabaseUrls {
  drop(): Promise<void>;
}

/**
 * A database made at most once per jest run, on first use, and copied for every test file that asks for it:
 * copying is much faster than migrating (and loading data) again in each file.
 */
export interface DatabaseTemplate {
  /** Names the template database within the run: lowercase letters, digits and underscores. */
  readonly key: string;
  /** The template this one starts as a copy of; an empty database without. */
  readonly base?: DatabaseTemplate;
  /** Fills the template (migrations, data); every connection it opens must be closed when it resolves. */
  prepare(db: TestDatabaseUrls): Promise<void>;
}

function superuserUrl(): string {
  const url = process.env['LIAISE_TEST_SUPERUSER_URL'];
  if (!url) throw new Error('No test PostgreSQL: run this test through its project (jest.config.mjs with database: true)');
  return url;
}

/** The prefix of the template databases of this jest run (set by the global setup, which drops them at the end). */
function templatePrefix(): string {
  const run = process.env['LIAISE_TEST_RUN'];
  if (!run) throw new Error('No test run id: run this test through its project (jest.config.mjs with database: true)');
  return `liaise_template_${run}_`;
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

function urlsOf(admin: string, name: string): TestDatabaseUrls {
  return {
    name,
    ownerUrl: withDatabase(admin, name, OWNER_ROLE),
    appUrl: withDatabase(admin, name, APP_ROLE),
    superuserUrl: withDatabase(admin, name),
  };
}

/**
 * Roles are shared by the whole server, and a template must have no connection while it is copied; several
 * jest workers provision at once, so they take turns.
 */
const PROVISION_LOCK = 0x6c746573;
const PASSWORDS = { owner: TEST_ROLE_PASSWORD, app: TEST_ROLE_PASSWORD };

/**
 * The template's database, made and prepared on first use. It is marked a template, closed to connections,
 * only once prepared: a template half made by a worker that died is found unmarked and made again.
 * Called holding the provision lock.
 */
async function ensureTemplate(admin: string, client: pg.Client, template: DatabaseTemplate): Promise<string> {
  const name = `${templatePrefix()}${template.key}`;
  const found = await client.query<{ ready: boolean }>('select datistemplate as ready from pg_database where datname = $1', [name]);
  if (found.rows[0]?.ready) return name;
  if (found.rows[0]) await client.query(`DROP DATABASE "${name}" WITH (FORCE)`);
  const base = template.base === undefined ? undefined : await ensureTemplate(admin, client, template.base);
  await provisionDatabase(client, name, PASSWORDS, { template: base });
  await template.prepare(urlsOf(admin, name));
  await client.query(`ALTER DATABASE "${name}" WITH IS_TEMPLATE true ALLOW_CONNECTIONS false`);
  return name;
}

/** A new database owned by the owner role, with the application role able to connect: empty, or a copy of `template`. */
export async function createTestDatabase(template?: DatabaseTemplate): Promise<TestDatabase> {
  const admin = superuserUrl();
  const name = `liaise_test_${randomBytes(6).toString('hex')}`;
  await withClient(admin, async (client) => {
    await client.query('select pg_advisory_lock($1)', [PROVISION_LOCK]);
    try {
      const from = template === undefined ? undefined : await ensureTemplate(admin, client, template);
      await provisionDatabase(client, name, PASSWORDS, { template: from });
    } finally {
      await client.query('select pg_advisory_unlock($1)', [PROVISION_LOCK]).catch(() => undefined);
    }
  });
  return {
    ...urlsOf(admin, name),
    drop: () => withClient(admin, async (client) => void (await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`))),
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
