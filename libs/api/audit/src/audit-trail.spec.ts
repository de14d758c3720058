import { DataSource } from 'typeorm';
import { dataSourceOptions } from '@liaise/api-core';
import { withClient } from '@liaise/api-testing';
import { AuditService } from './audit.service.js';
import { GENESIS_HASH } from './canonical.js';
import { actingFor, createAuditTestDatabase, inTransaction, newId, TEST_MIGRATIONS, type AuditTestDatabase } from './testing/audit-test-database.js';
import { verifyAuditTrail } from './verify.js';

let db: AuditTestDatabase;
beforeAll(async () => {
  db = await createAuditTestDatabase();
});
afterAll(() => db.drop());

const audit = new AuditService();

const APPEND = `SELECT audit_append($1, NULL, NULL, $2, NULL, NULL, '{}', NULL) AS id`;

/** Every entry of one organisation, read behind the application's back. */
async function chainOf(organisationId: string): Promise<{ id: string; seq: string; prev_hash: string; hash: string; action: string }[]> {
  return withClient(db.superuserUrl, async (client) => {
    const { rows } = await client.query('SELECT id, seq, prev_hash, hash, action FROM audit_entry WHERE organisation_id = $1 ORDER BY seq', [
      organisationId,
    ]);
    return rows;
  });
}

/** The SQLSTATE of running `sql` as the application role acting for `organisationId`, or 'ok'. */
async function sqlStateAsApp(organisationId: string, sql: string): Promise<string> {
  return withClient(db.appUrl, async (client) => {
    try {
      await inTransaction(client, organisationId, () => client.query(sql));
      return 'ok';
    } catch (error) {
      return (error as { code?: string }).code ?? String(error);
    }
  });
}

describe('the application role and the audit_entry table', () => {
  const organisationId = newId();
  beforeAll(() => actingFor(db.app, organisationId, (manager) => audit.record(manager, { organisationId, action: 'auth.sign-in' })));

  it.each([
    ['SELECT', 'SELECT * FROM audit_entry'],
    [
      'INSERT',
      `INSERT INTO audit_entry (id, organisation_id, seq, action, prev_hash, hash)
       VALUES (gen_random_uuid(), NULLIF(current_setting('app.org_id', true), '')::uuid, 99, 'test.forged', repeat('0', 64), repeat('0', 64))`,
    ],
    ['UPDATE', `UPDATE audit_entry SET action = 'test.rewritten'`],
    ['DELETE', 'DELETE FROM audit_entry'],
    ['TRUNCATE', 'TRUNCATE audit_entry'],
    ['DROP', 'DROP TABLE audit_entry'],
    ['ALTER', 'ALTER TABLE audit_entry DISABLE ROW LEVEL SECURITY'],
    ['calling the hash helper', `SELECT audit_canonical_field('x')`],
  ])('is refused %s', async (_what, sql) => {
    expect(await sqlStateAsApp(organisationId, sql)).toBe('42501');
  });

  it('holds no privilege on the table at all, and PUBLIC cannot call the functions', async () => {
    const privileges = await withClient(db.superuserUrl, async (client) => {
      const { rows } = await client.query<{ privilege: string; app: boolean }>(
        `SELECT p AS privilege, has_table_privilege('liaise_app', 'audit_entry', p) AS app
           FROM unnest(ARRAY['SELECT', 'INSERT', 'UPDATE', 'DELETE', 'TRUNCATE', 'REFERENCES', 'TRIGGER']) AS p`,
      );
      const functions = await client.query<{ fn: string; app: boolean; everyone: boolean }>(
        `SELECT p.proname AS fn, has_function_privilege('liaise_app', p.oid, 'EXECUTE') AS app,
                has_function_privilege('public', p.oid, 'EXECUTE') AS everyone, p.prosecdef AS definer
           FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
          WHERE n.nspname = 'public' AND p.proname LIKE 'audit%' ORDER BY 1`,
      );
      return { table: rows, functions: functions.rows };
    });
    expect(privileges.table.filter((row) => row.app)).toEqual([]);
    expect(privileges.functions).toEqual([
      { fn: 'audit_append', app: true, everyone: false, definer: true },
      { fn: 'audit_canonical_field', app: false, everyone: false, definer: false },
      { fn: 'audit_canonical_text', app: false, everyone: false, definer: false },
      { fn: 'audit_entries', app: true, everyone: false, definer: true },
    ]);
  });

  it('has row-level security enabled and forced', async () => {
    const table = await withClient(db.superuserUrl, async (client) => {
      const { rows } = await client.query(`SELECT relrowsecurity AS rls, relforcerowsecurity AS forced FROM pg_class WHERE relname = 'audit_entry'`);
      return rows[0];
    });
    expect(table).toEqual({ rls: true, forced: true });
  });

  it('the owner may read and append but not rewrite', async () => {
    const policies = await withClient(db.superuserUrl, async (client) => {
      const { rows } = await client.query(`SELECT policyname AS name, cmd, roles::text[] AS roles FROM pg_policies WHERE tablename = 'audit_entry' ORDER BY 1`);
      return rows;
    });
    // TO CURRENT_USER named the role that ran the migration.
    expect(policies).toEqual([
      { name: 'audit_entry_owner_append', cmd: 'INSERT', roles: ['liaise_owner'] },
      { name: 'audit_entry_owner_read', cmd: 'SELECT', roles: ['liaise_owner'] },
    ]);
    await withClient(db.ownerUrl, async (client) => {
      const { rows } = await client.query<{ n: number }>('SELECT count(*)::int AS n FROM audit_entry WHERE organisation_id = $1', [organisationId]);
      expect(rows[0]?.n).toBe(1);
      const updated = await client.query(`UPDATE audit_entry SET action = 'test.rewritten'`);
      const deleted = await client.query('DELETE FROM audit_entry');
      expect([updated.rowCount, deleted.rowCount]).toEqual([0, 0]);
    });
  });
});

describe('appending', () => {
  it('starts each organisation at seq 1 with the genesis prev_hash and links every entry to the one before', async () => {
    const organisationId = newId();
    await actingFor(db.app, organisationId, async (manager) => {
      for (const action of ['auth.sign-in', 'operation.details-disclosed', 'auth.sign-out'] as const) await audit.record(manager, { organisationId, action });
    });
    const chain = await chainOf(organisationId);
    expect(chain.map((entry) => [entry.seq, entry.action])).toEqual([
      ['1', 'auth.sign-in'],
      ['2', 'operation.details-disclosed'],
      ['3', 'auth.sign-out'],
    ]);
    expect(chain[0]?.prev_hash).toBe(GENESIS_HASH);
    expect(chain[1]?.prev_hash).toBe(chain[0]?.hash);
    expect(chain[2]?.prev_hash).toBe(chain[1]?.hash);
  });

  it('commits with the business rows and rolls back with them', async () => {
    const organisationId = newId();
    const noteId = newId();
    await expect(
      actingFor(db.app, organisationId, async (manager) => {
        await manager.query(`INSERT INTO note (id, organisation_id, body) VALUES ($1, $2, 'first')`, [noteId, organisationId]);
        await audit.record(manager, { organisationId, action: 'operation.created', subjectType: 'note', subjectId: noteId });
        throw new Error('the change failed after it was audited');
      }),
    ).rejects.toThrow('the change failed');
    const countRows = () =>
      withClient(db.superuserUrl, async (client) => {
        const notes = await client.query('SELECT 1 FROM note WHERE id = $1', [noteId]);
        const entries = await client.query('SELECT 1 FROM audit_entry WHERE organisation_id = $1', [organisationId]);
        return { notes: notes.rowCount, entries: entries.rowCount };
      });
    expect(await countRows()).toEqual({ notes: 0, entries: 0 });

    await actingFor(db.app, organisationId, async (manager) => {
      await manager.query(`INSERT INTO note (id, organisation_id, body) VALUES ($1, $2, 'first')`, [noteId, organisationId]);
      await audit.record(manager, { organisationId, action: 'operation.created', subjectType: 'note', subjectId: noteId });
    });
    expect(await countRows()).toEqual({ notes: 1, entries: 1 });
    // The rolled-back entry left no gap: the committed one is #1.
    expect((await chainOf(organisationId)).map((entry) => entry.seq)).toEqual(['1']);
  });

  it('serialises concurrent appends per organisation: 20 at once give seq 1..20 and an unbroken chain', async () => {
    const busy = newId();
    const other = newId();
    const append = (organisationId: string, n: number) =>
      withClient(db.appUrl, (client) =>
        inTransaction(client, organisationId, async () => {
          await client.query(APPEND, [organisationId, `test.concurrent`]);
          // Keep the transaction (and the organisation's append lock) open a little, so others queue.
          await client.query('SELECT pg_sleep($1)', [(n % 3) * 0.01]);
        }),
      );
    await Promise.all([
      ...Array.from({ length: 20 }, (_, n) => append(busy, n)),
      ...Array.from({ length: 5 }, (_, n) => append(other, n)),
    ]);
    const chain = await chainOf(busy);
    expect(chain.map((entry) => Number(entry.seq))).toEqual(Array.from({ length: 20 }, (_, n) => n + 1));
    chain.forEach((entry, n) => expect(entry.prev_hash).toBe(n === 0 ? GENESIS_HASH : chain[n - 1]?.hash));
    expect((await chainOf(other)).map((entry) => entry.seq)).toEqual(['1', '2', '3', '4', '5']);
    const verification = await verifyAuditTrail(db.ownerUrl);
    expect(verification.broken).toEqual([]);
  });

  it('reports a serialization failure, not a fork, when a REPEATABLE READ snapshot predates the last entry', async () => {
    const organisationId = newId();
    await withClient(db.appUrl, async (stale) => {
      await stale.query('BEGIN ISOLATION LEVEL REPEATABLE READ');
      await stale.query(`SELECT set_config('app.org_id', $1, true)`, [organisationId]);
      await withClient(db.appUrl, (fresh) => inTransaction(fresh, organisationId, () => fresh.query(APPEND, [organisationId, 'test.first'])));
      await expect(stale.query(APPEND, [organisationId, 'test.second'])).rejects.toMatchObject({ code: '40001' });
      await stale.query('ROLLBACK');
    });
    expect((await chainOf(organisationId)).map((entry) => entry.action)).toEqual(['test.first']);
  });

  it('appends many in one statement', async () => {
    const organisationId = newId();
    await withClient(db.appUrl, (client) =>
      inTransaction(client, organisationId, () =>
        client.query(`SELECT audit_append($1, NULL, NULL, 'test.bulk', NULL, n::text, '{}', NULL) FROM generate_series(1, 30) AS n`, [organisationId]),
      ),
    );
    expect((await chainOf(organisationId)).map((entry) => Number(entry.seq))).toEqual(Array.from({ length: 30 }, (_, n) => n + 1));
  });
});

describe('audit_entries', () => {
  const force = newId();
  const partner = newId();
  const officer = newId();
  const outreach = newId();

  beforeAll(async () => {
    await actingFor(db.app, force, async (manager) => {
      await audit.record(manager, { organisationId: force, actorUserId: officer, actorOrganisationId: force, action: 'auth.sign-in', ip: '192.0.2.10' });
      await audit.record(manager, { organisationId: force, actorUserId: officer, actorOrganisationId: force, action: 'operation.created', subjectType: 'operation', subjectId: 'op-1' });
    });
    await actingFor(db.app, partner, (manager) =>
      audit.record(manager, { organisationId: partner, actorUserId: outreach, actorOrganisationId: partner, action: 'auth.sign-in' }),
    );
    // The partner reads the force's operation: it goes on the force's trail.
    await actingFor(db.app, partner, (manager) =>
      audit.record(manager, {
        organisationId: force,
        actorUserId: outreach,
        actorOrganisationId: partner,
        action: 'operation.details-disclosed',
        subjectType: 'operation',
        subjectId: 'op-1',
        detail: { window: 'from 12 hours before' },
      }),
    );
  });

  it("returns only the acting organisation's entries, newest first", async () => {
    const forceEntries = await actingFor(db.app, force, (manager) => audit.list(manager));
    expect(forceEntries.map((entry) => [entry.seq, entry.action, entry.actorOrganisationId])).toEqual([
      [3, 'operation.details-disclosed', partner],
      [2, 'operation.created', force],
      [1, 'auth.sign-in', force],
    ]);
    expect(forceEntries.every((entry) => entry.organisationId === force)).toBe(true);
    expect(forceEntries[0]).toMatchObject({ subjectType: 'operation', subjectId: 'op-1', detail: { window: 'from 12 hours before' } });
    expect(forceEntries[0]?.occurredAt).toBeInstanceOf(Date);
    expect(forceEntries[2]?.ip).toBe('192.0.2.10');

    const partnerEntries = await actingFor(db.app, partner, (manager) => audit.list(manager));
    expect(partnerEntries.map((entry) => [entry.organisationId, entry.action])).toEqual([[partner, 'auth.sign-in']]);
  });

  it('returns nothing when no organisation is acting', async () => {
    expect(await actingFor(db.app, undefined, (manager) => audit.list(manager))).toEqual([]);
    expect(await actingFor(db.app, '', (manager) => audit.list(manager))).toEqual([]);
    // Nor outside a transaction, where the setting of an earlier one has gone.
    expect(await audit.list(db.app.manager)).toEqual([]);
  });

  it('filters by action and actor, and pages by seq', async () => {
    const list = (filter: Parameters<AuditService['list']>[1]) =>
      actingFor(db.app, force, async (manager) => (await audit.list(manager, filter)).map((entry) => entry.seq));
    expect(await list({ action: 'auth.sign-in' })).toEqual([1]);
    expect(await list({ actorUserId: outreach })).toEqual([3]);
    expect(await list({ actorUserId: officer, action: 'operation.created' })).toEqual([2]);
    expect(await list({ limit: 2 })).toEqual([3, 2]);
    expect(await list({ limit: 2, beforeSeq: 2 })).toEqual([1]);
    expect(await list({ beforeSeq: 1 })).toEqual([]);
  });

  it('filters by time: from inclusive, to exclusive', async () => {
    const seqs = await withClient(db.appUrl, (client) =>
      inTransaction(client, force, async () => {
        const times = await client.query<{ at: string }>(`SELECT occurred_at::text AS at FROM audit_entries(NULL, NULL, NULL, NULL, NULL, NULL) ORDER BY seq`);
        const [first, second] = times.rows.map((row) => row.at);
        const { rows } = await client.query<{ seq: string }>('SELECT seq FROM audit_entries(NULL, NULL, $1, $2, NULL, NULL)', [first, second]);
        return rows.map((row) => row.seq);
      }),
    );
    expect(seqs).toEqual(['1']);
  });

  it('returns 50 entries by default and never more than 200', async () => {
    const busy = newId();
    await withClient(db.appUrl, (client) =>
      inTransaction(client, busy, () =>
        client.query(`SELECT audit_append($1, NULL, NULL, 'test.bulk', NULL, NULL, '{}', NULL) FROM generate_series(1, 205)`, [busy]),
      ),
    );
    const counts = await actingFor(db.app, busy, async (manager) => ({
      default: (await audit.list(manager)).length,
      asked: (await audit.list(manager, { limit: 120 })).length,
      tooMany: (await audit.list(manager, { limit: 1000 })).length,
    }));
    expect(counts).toEqual({ default: 50, asked: 120, tooMany: 200 });
  });
});

describe('the migration', () => {
  it('is undone by its down, and can be run again', async () => {
    const auditObjects = () =>
      withClient(db.superuserUrl, async (client) => {
        const { rows } = await client.query<{ n: number }>(
          `SELECT (SELECT count(*) FROM pg_class WHERE relname = 'audit_entry')
                + (SELECT count(*) FROM pg_proc WHERE proname LIKE 'audit%') AS n`,
        );
        return Number(rows[0]?.n);
      });
    const owner = new DataSource(dataSourceOptions({ url: db.ownerUrl, entities: [], migrations: TEST_MIGRATIONS, applicationName: 'audit-down' }));
    await owner.initialize();
    try {
      expect(await auditObjects()).toBe(5);
      await owner.undoLastMigration({ transaction: 'all' });
      expect(await auditObjects()).toBe(0);
      await owner.runMigrations({ transaction: 'all' });
      expect(await auditObjects()).toBe(5);
    } finally {
      await owner.destroy();
    }
  });
});
