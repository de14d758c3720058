import { migrate } from '@liaise/api-core';
import { createTestDatabase } from '@liaise/api-testing';
import { loadDemoData } from '../../src/demo/demo-data.js';
import { ENTITIES } from '../../src/entities.js';
import { MIGRATIONS } from '../../src/migrations/index.js';
import { TEST_CLOCK_START } from '../support/clock.js';
import { DEMO_AT_CLOCK_START } from '../support/databases.js';

/**
 * Not part of the suite (jest matches *.spec.ts): how long one test app's database takes to make ready,
 * the old way (create, migrate, load the demo) against a copy of the demo template. Run with
 *   node tools/scripts/jest.mjs apps/api --testMatch '<rootDir>/test/bench/*.bench.ts'
 * (TEST_DATABASE_URL=… for an external server).
 */
const ROUNDS = 5;

async function medianMs(make: () => Promise<{ drop(): Promise<void> }>): Promise<number> {
  const times: number[] = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    const start = performance.now();
    const db = await make();
    times.push(performance.now() - start);
    await db.drop();
  }
  return times.sort((a, b) => a - b)[Math.floor(ROUNDS / 2)] ?? Number.NaN;
}

it('a ready spec database: migrated with the demo, against a copy of the template', async () => {
  const migrated = await medianMs(async () => {
    const db = await createTestDatabase();
    await migrate({ ownerUrl: db.ownerUrl, entities: ENTITIES, migrations: MIGRATIONS });
    await loadDemoData(db.ownerUrl, TEST_CLOCK_START);
    return db;
  });
  // The first copy makes the template; that is paid once a run, so it is left out.
  await (await createTestDatabase(DEMO_AT_CLOCK_START)).drop();
  const cloned = await medianMs(() => createTestDatabase(DEMO_AT_CLOCK_START));
  console.log(
    `median of ${ROUNDS}: create + migrate + demo ${migrated.toFixed(0)} ms; clone ${cloned.toFixed(0)} ms; ` +
      `ratio ${(migrated / cloned).toFixed(1)}×`,
  );
  expect(cloned).toBeLessThan(migrated);
}, 600_000);
