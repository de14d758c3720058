import type { ClientBase } from 'pg';

/**
 * The role the api connects as. It owns nothing, cannot bypass row-level security, and holds only the
 * grants the migrations give it. Migrations name it, so the name is fixed.
 */
export const APP_ROLE = 'liaise_app';

/** The role that owns the schema on a database Liaise provisions itself (embedded, tests). */
export const OWNER_ROLE = 'liaise_owner';

export class UnsafeAppRoleError extends Error {}

const quoteLiteral = (value: string) => `'${value.replaceAll("'", "''")}'`;

/**
 * Makes sure the application role exists and is as weak as it must be. Run as the owner (or a superuser)
 * before migrations, since the migrations grant to it. Refuses to go on with a role that could read
 * around row-level security.
 */
export async function ensureAppRole(client: ClientBase, password?: string): Promise<void> {
  const existing = await client.query<{ rolsuper: boolean; rolbypassrls: boolean }>(
    'select rolsuper, rolbypassrls from pg_roles where rolname = $1',
    [APP_ROLE],
  );
  const passwordClause = password === undefined ? '' : ` PASSWORD ${quoteLiteral(password)}`;
  if (existing.rowCount === 0) {
    await client.query(
      `CREATE ROLE ${APP_ROLE} LOGIN NOSUPERUSER NOBYPASSRLS NOINHERIT NOCREATEDB NOCREATEROLE${passwordClause}`,
    );
  } else {
    const [role] = existing.rows;
    if (role?.rolsuper || role?.rolbypassrls) {
      throw new UnsafeAppRoleError(
        `Database role ${APP_ROLE} is a superuser or may bypass row-level security; Liaise will not connect as it. ` +
          `Run: ALTER ROLE ${APP_ROLE} NOSUPERUSER NOBYPASSRLS;`,
      );
    }
    if (password !== undefined) await client.query(`ALTER ROLE ${APP_ROLE}${passwordClause}`);
  }
  const { rows } = await client.query<{ db: string }>('select current_database() as db');
  const db = rows[0]?.db ?? '';
  await client.query(`GRANT CONNECT ON DATABASE "${db.replaceAll('"', '""')}" TO ${APP_ROLE}`);
}

/**
 * Creates the owner and application roles and one database owned by the owner. Run as a superuser on a
 * server Liaise manages itself (the embedded one, or a test server). With `template`, the database starts
 * as a copy of that one (tests clone a database migrated once).
 */
export async function provisionDatabase(
  superuser: ClientBase,
  database: string,
  passwords: { owner: string; app: string },
  { template }: { template?: string } = {},
): Promise<void> {
  const roles = await superuser.query<{ rolname: string }>('select rolname from pg_roles where rolname = any($1)', [
    [OWNER_ROLE, APP_ROLE],
  ]);
  const have = new Set(roles.rows.map((r) => r.rolname));
  if (!have.has(OWNER_ROLE)) {
    await superuser.query(
      `CREATE ROLE ${OWNER_ROLE} LOGIN NOSUPERUSER NOBYPASSRLS CREATEROLE PASSWORD ${quoteLiteral(passwords.owner)}`,
    );
  }
  if (!have.has(APP_ROLE)) {
    await superuser.query(
      `CREATE ROLE ${APP_ROLE} LOGIN NOSUPERUSER NOBYPASSRLS NOINHERIT NOCREATEDB NOCREATEROLE PASSWORD ${quoteLiteral(passwords.app)}`,
    );
  }
  await superuser.query(`CREATE DATABASE "${database}" OWNER ${OWNER_ROLE}${template === undefined ? '' : ` TEMPLATE "${template}"`}`);
  await superuser.query(`REVOKE ALL ON DATABASE "${database}" FROM PUBLIC`);
  await superuser.query(`GRANT CONNECT ON DATABASE "${database}" TO ${APP_ROLE}`);
}

/** The same server and database as `ownerUrl`, signed in as the application role. */
export function deriveAppUrl(ownerUrl: string, password?: string): string {
  const url = new URL(ownerUrl);
  url.username = APP_ROLE;
  url.password = password === undefined ? '' : encodeURIComponent(password);
  return url.toString();
}
