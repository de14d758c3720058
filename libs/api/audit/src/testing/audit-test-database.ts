import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { DataSource, type EntityManager, type MigrationInterface, type QueryRunner } from 'typeorm';
import { dataSourceOptions, migrate } from '@liaise/api-core';
import { createTestDatabase, type DatabaseTemplate, type TestDatabase } from '@liaise/api-testing';
import { CreateAuditTrail1795840000000 } from '../migrations/CreateAuditTrail.js';

/**
 * What the api's first migration sets up that the audit trail relies on (the schema closed to PUBLIC, usable
 * by the application role), and one tenant table to stand for the business rows an entry commits with.
 * The api's own MIGRATIONS cannot be imported from a library.
 */
class AuditTestBaseline1795833663736 implements MigrationInterface {
  name = 'AuditTestBaseline1795833663736';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`REVOKE ALL ON SCHEMA public FROM PUBLIC`);
    await queryRunner.query(`GRANT USAGE ON SCHEMA public TO liaise_app`);
    await queryRunner.query(`CREATE TABLE "note" ("id" uuid PRIMARY KEY, "organisation_id" uuid NOT NULL, "body" text NOT NULL)`);
    await queryRunner.query(`ALTER TABLE "note" ENABLE ROW LEVEL SECURITY`);
    await queryRunner.query(`ALTER TABLE "note" FORCE ROW LEVEL SECURITY`);
    await queryRunner.query(
      `CREATE POLICY "note_own" ON "note" USING ("organisation_id" = NULLIF(current_setting('app.org_id', true), '')::uuid)`,
    );
    await queryRunner.query(`GRANT SELECT, INSERT ON "note" TO liaise_app`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "note"`);
    await queryRunner.query(`REVOKE USAGE ON SCHEMA public FROM liaise_app`);
  }
}

export const TEST_MIGRATIONS = [AuditTestBaseline1795833663736, CreateAuditTrail1795840000000];

export interface AuditTestDatabase extends TestDatabase {
  /** A TypeORM data source signed in as the application role. */
  readonly app: DataSource;
}

const MIGRATED: DatabaseTemplate = {
  key: 'audit_migrated',
  prepare: async ({ ownerUrl }) => void (await migrate({ ownerUrl, entities: [], migrations: TEST_MIGRATIONS })),
};

/** A new database, migrated (a copy of a template migrated once), with a TypeORM data source as the application role. */
export async function createAuditTestDatabase(): Promise<AuditTestDatabase> {
  const db = await createTestDatabase(MIGRATED);
  const app = new DataSource(dataSourceOptions({ url: db.appUrl, entities: [], applicationName: 'liaise-audit-test', poolSize: 5 }));
  await app.initialize();
  return {
    ...db,
    app,
    drop: async () => {
      await app.destroy();
      await db.drop();
    },
  };
}

/** Runs `fn` in a transaction of the application role acting for `organisationId`. */
export function actingFor<T>(app: DataSource, organisationId: string | undefined, fn: (manager: EntityManager) => Promise<T>): Promise<T> {
  return app.transaction(async (manager) => {
    if (organisationId !== undefined) await manager.query(`SELECT set_config('app.org_id', $1, true)`, [organisationId]);
    return fn(manager);
  });
}

/** `begin`, app.org_id, `fn`, `commit` on a raw client (rolls back if `fn` throws). */
export async function inTransaction<T>(client: pg.Client, organisationId: string | undefined, fn: () => Promise<T>): Promise<T> {
  await client.query('BEGIN');
  try {
    if (organisationId !== undefined) await client.query(`SELECT set_config('app.org_id', $1, true)`, [organisationId]);
    const result = await fn();
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
}

export const newId = (): string => randomUUID();
