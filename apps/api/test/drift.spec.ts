import { readFile } from 'node:fs/promises';
import { DataSource } from 'typeorm';
import { dataSourceOptions, loadConfig, schemaDrift } from '@liaise/api-core';
import { createTestDatabase, type TestDatabase } from '@liaise/api-testing';
import { buildSchemaSdl, SCHEMA_FILE } from '../src/commands/print-schema.js';
import { ENTITIES } from '../src/entities.js';
import { MIGRATED } from './support/databases.js';

describe('drift between the code and what is committed', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    // The template is built by running every migration.
    db = await createTestDatabase(MIGRATED);
  });
  afterAll(() => db.drop());

  it('the migrations build exactly the schema the entities describe', async () => {
    const dataSource = new DataSource(dataSourceOptions({ url: db.ownerUrl, entities: ENTITIES, applicationName: 'drift-check' }));
    await dataSource.initialize();
    try {
      // Non-empty means: run `npm run migration:generate -- <Name>` and commit the migration.
      expect(await schemaDrift(dataSource)).toEqual([]);
    } finally {
      await dataSource.destroy();
    }
  });

  it('the committed apps/api/schema.gql is the schema the code builds', async () => {
    const built = await buildSchemaSdl(loadConfig({}, []));
    // A difference means: run `npm run schema:generate` and commit apps/api/schema.gql.
    expect(await readFile(SCHEMA_FILE, 'utf8')).toBe(built);
  });
});
