import { deriveAppUrl, migrate, startEmbeddedDatabase, type AppConfig, type EmbeddedDatabase } from '@liaise/api-core';
import { ENTITIES } from '../entities.js';
import { MIGRATIONS } from '../migrations/index.js';
import type { Logger } from 'pino';

export interface OpenDatabase {
  readonly ownerUrl: string;
  readonly appUrl: string;
  /** Present when this process started the server itself. */
  readonly embedded?: EmbeddedDatabase;
}

/** The configured server, or an embedded one started now; migrated either way. */
export async function openDatabase(config: AppConfig, log: Logger): Promise<OpenDatabase> {
  let database: OpenDatabase;
  if (config.databaseUrl === undefined) {
    log.info({ dataDir: config.dataDir }, 'starting the embedded PostgreSQL');
    const embedded = await startEmbeddedDatabase({
      dataDir: config.dataDir,
      onLog: (line) => log.debug({ postgres: line.trim() }, 'postgres'),
    });
    database = { ownerUrl: embedded.ownerUrl, appUrl: embedded.appUrl, embedded };
  } else {
    database = {
      ownerUrl: config.databaseUrl,
      appUrl: config.databaseAppUrl ?? deriveAppUrl(config.databaseUrl, config.databaseAppPassword),
    };
  }
  try {
    const ran = await migrate({
      ownerUrl: database.ownerUrl,
      entities: ENTITIES,
      migrations: MIGRATIONS,
      appPassword: config.databaseAppUrl === undefined ? config.databaseAppPassword : undefined,
    });
    if (ran.length > 0) log.info({ migrations: ran }, 'migrated the database');
  } catch (error) {
    await database.embedded?.stop();
    throw error;
  }
  return database;
}
