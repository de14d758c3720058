import { createTestDatabase, withClient, type TestDatabase } from '@liaise/api-testing';
import { loadDemoData } from '../src/demo/demo-data.js';
import { DEMO_ORGANISATIONS, PLATFORM_ORGANISATION } from '../src/demo/demo-organisations.js';
import { TEST_CLOCK_START } from './support/clock.js';
import { demoOrganisation } from './support/demo.js';
import { DEMO_AT_CLOCK_START } from './support/databases.js';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase(DEMO_AT_CLOCK_START);
});
afterAll(() => db.drop());

const asApp = <T>(fn: Parameters<typeof withClient<T>>[1]) => withClient(db.appUrl, fn);

/** Every table of the application (all but TypeORM's migration log). */
async function applicationTables(): Promise<{ name: string; rls: boolean; forced: boolean }[]> {
  return withClient(db.superuserUrl, async (client) => {
    const { rows } = await client.query<{ name: string; rls: boolean; forced: boolean }>(
      `select c.relname as name, c.relrowsecurity as rls, c.relforcerowsecurity as forced
         from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = 'public' and c.relkind = 'r' and c.relname <> 'migration'
        order by 1`,
    );
    return rows;
  });
}

describe('the application role', () => {
  it('is not a superuser, cannot bypass row-level security, and owns nothing', async () => {
    const role = await asApp(async (client) => {
      const { rows } = await client.query(
        `select r.rolsuper, r.rolbypassrls, r.rolcreaterole, r.rolcreatedb, r.rolinherit,
                (select count(*)::int from pg_class where relowner = r.oid) as owned
           from pg_roles r where r.rolname = current_user`,
      );
      return rows[0];
    });
    expect(role).toEqual({ rolsuper: false, rolbypassrls: false, rolcreaterole: false, rolcreatedb: false, rolinherit: false, owned: 0 });
  });

  it('cannot create a table', async () => {
    await expect(asApp((client) => client.query('create table intruder (id int)'))).rejects.toMatchObject({ code: '42501' });
  });

  it('cannot switch row-level security off', async () => {
    await expect(
      asApp(async (client) => {
        await client.query('set row_security = off');
        return client.query('select * from organisation');
      }),
    ).rejects.toThrow(/row-level security/);
  });

  it('can neither read nor change the audit trail directly', async () => {
    for (const sql of ['select * from audit_entry', 'delete from audit_entry', "update audit_entry set action = 'x.y'", 'truncate audit_entry']) {
      await expect(asApp((client) => client.query(sql))).rejects.toMatchObject({ code: '42501' });
    }
  });

  it('can only add to the outbox, for its acting organisation', async () => {
    for (const sql of ['select * from outbox_message', 'delete from outbox_message', "update outbox_message set recipient = 'x'", 'truncate outbox_message']) {
      await expect(asApp((client) => client.query(sql))).rejects.toMatchObject({ code: '42501' });
    }
    const [first, second] = [demoOrganisation('Northshire Police'), demoOrganisation('Westmere Constabulary')];
    const insert = (organisationId: string | undefined) =>
      asApp(async (client) => {
        await client.query('begin');
        await client.query("select set_config('app.org_id', $1, true)", [first.id]);
        await client.query(
          `insert into outbox_message (id, organisation_id, recipient, template, params, created_at, available_at)
           values (gen_random_uuid(), $1, 'someone@example.org', 'invitation', '{}', now(), now())`,
          [organisationId],
        );
        await client.query('rollback');
      });
    await expect(insert(first.id)).resolves.toBeUndefined();
    await expect(insert(second.id)).rejects.toThrow(/row-level security/);
  });

  it('can neither read nor change the sign-in throttle directly, only count through its functions', async () => {
    for (const sql of ['select * from sign_in_throttle', 'delete from sign_in_throttle', "update sign_in_throttle set failures = 0", 'truncate sign_in_throttle']) {
      await expect(asApp((client) => client.query(sql))).rejects.toMatchObject({ code: '42501' });
    }
  });

  it('cannot read the migration log', async () => {
    await expect(asApp((client) => client.query('select * from migration'))).rejects.toMatchObject({ code: '42501' });
  });

  it('reads zero rows from every protected table when no acting organisation is set', async () => {
    const tables = await applicationTables();
    expect(tables.length).toBeGreaterThan(0);
    // The audit trail is not readable at all, only through audit_entries(): see below. Nor are the outbox
    // and the sign-in throttle.
    const unreadable = ['audit_entry', 'outbox_message', 'sign_in_throttle'];
    for (const table of tables.filter((t) => !unreadable.includes(t.name))) {
      const count = await asApp(async (client) => {
        const { rows } = await client.query<{ n: number }>(`select count(*)::int as n from "${table.name}"`);
        return rows[0]?.n;
      });
      expect({ table: table.name, count }).toEqual({ table: table.name, count: 0 });
    }
  });

  it('sees only the acting organisation once it is set', async () => {
    const [first, second] = [demoOrganisation('Northshire Police'), demoOrganisation('Westmere Constabulary')];
    const visible = await asApp(async (client) => {
      await client.query('begin');
      await client.query("select set_config('app.org_id', $1, true)", [first.id]);
      const { rows } = await client.query<{ id: string }>('select id from organisation');
      await client.query('commit');
      return rows.map((row) => row.id);
    });
    expect(visible).toEqual([first.id]);
    expect(visible).not.toContain(second.id);
  });

  it('cannot write a row for another organisation', async () => {
    const [first, second] = [demoOrganisation('Northshire Police'), demoOrganisation('Westmere Constabulary')];
    await expect(
      asApp(async (client) => {
        await client.query('begin');
        await client.query("select set_config('app.org_id', $1, true)", [first.id]);
        await client.query("update organisation set name = 'Taken over' where id = $1", [second.id]);
        const inserted = client.query("insert into organisation (id, kind, name) values (gen_random_uuid(), 'POLICE_FORCE', 'Rogue')");
        return inserted;
      }),
    ).rejects.toThrow(/row-level security/);
    const names = await withClient(db.superuserUrl, async (client) => (await client.query('select name from organisation order by name')).rows);
    expect(names.map((row) => row.name)).toEqual([PLATFORM_ORGANISATION, ...DEMO_ORGANISATIONS].map((o) => o.name).sort());
  });
});

describe('row-level security', () => {
  it('is enabled and forced on every application table', async () => {
    for (const table of await applicationTables()) {
      expect(table).toEqual({ name: table.name, rls: true, forced: true });
    }
  });
});

describe('the demo data', () => {
  it('loads idempotently: loading twice leaves the same rows', async () => {
    const snapshot = () =>
      withClient(db.superuserUrl, async (client) => (await client.query('select id, kind, name, status from organisation order by id')).rows);
    const before = await snapshot();
    // Loaded again at the time the template's demo was loaded.
    await loadDemoData(db.ownerUrl, TEST_CLOCK_START);
    expect(await snapshot()).toEqual(before);
    expect(before).toHaveLength(DEMO_ORGANISATIONS.length + 1);
  });
});
