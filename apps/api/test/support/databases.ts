import { migrate } from '@liaise/api-core';
import type { DatabaseTemplate } from '@liaise/api-testing';
import { loadDemoData } from '../../src/demo/demo-data.js';
import { ENTITIES } from '../../src/entities.js';
import { MIGRATIONS } from '../../src/migrations/index.js';
import { TEST_CLOCK_START } from './clock.js';

/** Every migration run, no data. */
export const MIGRATED: DatabaseTemplate = {
  key: 'migrated',
  prepare: async ({ ownerUrl }) => void (await migrate({ ownerUrl, entities: ENTITIES, migrations: MIGRATIONS })),
};

/** Migrated, with the demo loaded at TEST_CLOCK_START. A test that needs the demo at another time loads it on MIGRATED. */
export const DEMO_AT_CLOCK_START: DatabaseTemplate = {
  key: 'demo',
  base: MIGRATED,
  prepare: ({ ownerUrl }) => loadDemoData(ownerUrl, TEST_CLOCK_START),
};
