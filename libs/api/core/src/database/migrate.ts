import { DataSource } from 'typeorm';
import { dataSourceOptions, type ClassList } from './data-source-options.js';
import { ensureAppRole } from './roles.js';

/** Any fixed number: every Liaise process that migrates takes this lock, so only one migrates at a time. */
const MIGRATION_LOCK = 0x4c696169;

export interface MigrateOptions {
  readonly ownerUrl: string;
  readonly entities: ClassList;
  readonly migrations: ClassList;
  readonly appPassword?: string;
}

/**
 * As the owner: makes sure the application role exists, then runs pending migrations, each in a transaction,
 * holding an advisory lock so that several instances starting together migrate once. Returns the names of
 * the migrations that ran.
 */
export async function migrate({ ownerUrl, entities, migrations, appPassword }: MigrateOptions): Promise<string[]> {
  const dataSource = new DataSource(dataSourceOptions({ url: ownerUrl, entities, migrations, applicationName: 'liaise-migrate', poolSize: 2 }));
  await dataSource.initialize();
  const lock = dataSource.createQueryRunner();
  try {
    await lock.connect();
    await lock.query('select pg_advisory_lock($1)', [MIGRATION_LOCK]);
    const client = (await lock.connect()) as import('pg').ClientBase;
    await ensureAppRole(client, appPassword);
    // Each migration commits on its own: a value added to an enum type cannot be used before it commits
    // (PostgreSQL 15 and older refuse it inside the same transaction).
    const ran = await dataSource.runMigrations({ transaction: 'each' });
    return ran.map((migration) => migration.name);
  } finally {
    await lock.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    await lock.release();
    await dataSource.destroy();
  }
}
