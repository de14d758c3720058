import pg from 'pg';
import { DEMO_ORGANISATIONS } from './demo-organisations.js';

/**
 * Loads the demo data as the owner. Idempotent: every row has a fixed id and is upserted, so loading
 * twice leaves the same data. Row-level security is forced even for the owner, so each organisation's
 * rows are written with that organisation set as the acting one.
 */
export async function loadDemoData(ownerUrl: string): Promise<void> {
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    await client.query('begin');
    for (const organisation of DEMO_ORGANISATIONS) {
      await client.query("select set_config('app.org_id', $1, true)", [organisation.id]);
      await client.query(
        `insert into organisation (id, kind, name) values ($1, $2, $3)
         on conflict (id) do update set kind = excluded.kind, name = excluded.name`,
        [organisation.id, organisation.kind, organisation.name],
      );
    }
    await client.query('commit');
  } catch (error) {
    await client.query('rollback');
    throw error;
  } finally {
    await client.end();
  }
}
