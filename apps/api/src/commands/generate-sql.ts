import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { DataSource } from 'typeorm';
import * as audit from '@liaise/api-audit';
import * as auth from '@liaise/api-auth';
import { dataSourceOptions, migrate, readSqlDefinitions, renderSqlDefinitions, startEmbeddedDatabase } from '@liaise/api-core';
import * as invitations from '@liaise/api-invitations';
import * as notifications from '@liaise/api-notifications';
import * as operations from '@liaise/api-operations';
import * as organisations from '@liaise/api-organisations';
import * as partnerships from '@liaise/api-partnerships';
import * as people from '@liaise/api-people';
import * as training from '@liaise/api-training';
import { ENTITIES } from '../entities.js';
import { MIGRATIONS } from '../migrations/index.js';

const WORKSPACE = path.resolve(import.meta.dirname, '../../../..');

/** Each feature library by its folder name under libs/api, with what it exports (entities, migrations). */
const FEATURES: Record<string, Record<string, unknown>> = {
  audit,
  auth,
  invitations,
  notifications,
  operations,
  organisations,
  partnerships,
  people,
  training,
};

/** Where a feature's generated SQL lives, relative to the workspace. */
export const sqlFileOf = (feature: string) => `libs/api/${feature}/src/sql/${feature}.sql`;

export const workspacePath = (file: string) => path.join(WORKSPACE, file);

const featureExporting = (value: unknown) => Object.keys(FEATURES).find((feature) => Object.values(FEATURES[feature] ?? {}).includes(value));

async function names(client: pg.Client, sql: string): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(sql);
  return rows.map((row) => row.name);
}

const FUNCTION_NAMES = `SELECT DISTINCT proname AS name FROM pg_proc WHERE pronamespace = 'public'::regnamespace`;
const TABLE_NAMES = `SELECT relname AS name FROM pg_class WHERE relnamespace = 'public'::regnamespace AND relkind IN ('r', 'p')`;

/**
 * Migrates the empty database at `ownerUrl` one migration at a time, noting which migration first made each
 * table and function, and returns every feature's SQL file (path → text). A table belongs to the feature
 * whose entity maps it (or else to the one that made it); a function to the feature whose migration first
 * made it. A migration kept in apps/api belongs to the feature of the tables it made.
 */
export async function buildFeatureSql(ownerUrl: string): Promise<Record<string, string>> {
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    const [{ migrated } = { migrated: false }] = (await client.query<{ migrated: boolean }>(`SELECT to_regclass('public.migration') IS NOT NULL AS migrated`)).rows;
    if (migrated) throw new Error('buildFeatureSql needs an empty database: it migrates one migration at a time to see which made each function');
    const madeBy = new Map<string, { kind: 'table' | 'function'; migration: number }>();
    for (let index = 0; index < MIGRATIONS.length; index += 1) {
      await migrate({ ownerUrl, entities: ENTITIES, migrations: MIGRATIONS.slice(0, index + 1) });
      for (const name of await names(client, TABLE_NAMES)) if (!madeBy.has(`table ${name}`)) madeBy.set(`table ${name}`, { kind: 'table', migration: index });
      for (const name of await names(client, FUNCTION_NAMES)) if (!madeBy.has(`function ${name}`)) madeBy.set(`function ${name}`, { kind: 'function', migration: index });
    }
    const featureOfTable = await entityTables(ownerUrl);
    const migrationFeature = (index: number): string => {
      const exported = featureExporting(MIGRATIONS[index]);
      if (exported !== undefined) return exported;
      const tables = [...madeBy].filter(([, made]) => made.migration === index && made.kind === 'table').map(([key]) => featureOfTable.get(key.slice('table '.length)));
      const feature = tables.find((found) => found !== undefined);
      if (feature === undefined) throw new Error(`Cannot tell which feature migration ${MIGRATIONS[index]?.name ?? index} belongs to: it makes no entity's table`);
      return feature;
    };
    const featureOf = (kind: 'table' | 'function', name: string): string => {
      const mapped = kind === 'table' ? featureOfTable.get(name) : undefined;
      if (mapped !== undefined) return mapped;
      const made = madeBy.get(`${kind} ${name}`);
      if (made === undefined) throw new Error(`No migration made the ${kind} ${name}`);
      return migrationFeature(made.migration);
    };
    const definitions = await readSqlDefinitions(client);
    return Object.fromEntries(
      Object.keys(FEATURES)
        .map((feature) => ({
          feature,
          functions: definitions.functions.filter((fn) => featureOf('function', fn.name) === feature),
          tables: definitions.tables.filter((table) => featureOf('table', table.table) === feature),
        }))
        .filter((found) => found.functions.length + found.tables.length > 0)
        .map(({ feature, functions, tables }) => [sqlFileOf(feature), renderSqlDefinitions(feature, { functions, tables })]),
    );
  } finally {
    await client.end();
  }
}

/** The feature of each entity's table, by the library that exports the entity. */
async function entityTables(ownerUrl: string): Promise<Map<string, string>> {
  const dataSource = new DataSource(dataSourceOptions({ url: ownerUrl, entities: ENTITIES, applicationName: 'liaise-sql-generate', poolSize: 1 }));
  await dataSource.initialize();
  try {
    return new Map(
      dataSource.entityMetadatas.flatMap((metadata) => {
        const feature = featureExporting(metadata.target);
        return feature === undefined ? [] : [[metadata.tableName, feature] as const];
      }),
    );
  } finally {
    await dataSource.destroy();
  }
}

/** Writes every feature's SQL file from a fresh embedded PostgreSQL migrated from scratch. */
export async function generateSql(): Promise<void> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'liaise-sql-'));
  const database = await startEmbeddedDatabase({ dataDir });
  try {
    for (const [file, text] of Object.entries(await buildFeatureSql(database.ownerUrl))) {
      await mkdir(path.dirname(workspacePath(file)), { recursive: true });
      await writeFile(workspacePath(file), text);
      process.stdout.write(`Wrote ${file}\n`);
    }
  } finally {
    await database.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}
