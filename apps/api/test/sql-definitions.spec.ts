import { readdir, readFile } from 'node:fs/promises';
import { createTestDatabase, type TestDatabase } from '@liaise/api-testing';
import { buildFeatureSql, sqlFileOf, workspacePath } from '../src/commands/generate-sql.js';

/** Every feature's checked-in SQL file, path → text. */
async function checkedIn(): Promise<Record<string, string>> {
  const features = await readdir(workspacePath('libs/api'));
  const files: Record<string, string> = {};
  for (const feature of features) {
    const file = sqlFileOf(feature);
    const text = await readFile(workspacePath(file), 'utf8').catch(() => undefined);
    if (text !== undefined) files[file] = text;
  }
  return files;
}

describe('the checked-in SQL of functions and row-level security', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(() => db.drop());

  it('is what a database migrated from scratch holds', async () => {
    // A difference means: run `npm run sql:generate` and commit libs/api/*/src/sql/*.sql with the migration.
    expect(await checkedIn()).toEqual(await buildFeatureSql(db.ownerUrl));
  });
});
