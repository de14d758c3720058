import { existsSync } from 'node:fs';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { freePort, startEmbeddedDatabase } from '@liaise/api-core';
import { eventually, getStatus, runApiToExit, startApi } from '@liaise/api-testing';

let scratch: string;
beforeAll(async () => {
  scratch = await mkdtemp(path.join(tmpdir(), 'liaise-process-'));
  await chmod(scratch, 0o711); // as root, PostgreSQL runs as the postgres OS user and must pass through
});
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

function postgresRunningIn(dataDir: string): boolean {
  const processes = execFileSync('ps', ['-eo', 'args'], { encoding: 'utf8' });
  return processes.split('\n').some((line) => line.includes('postgres') && line.includes(dataDir));
}

describe('start-up configuration', () => {
  it.each([
    [{ PORT: 'eighty' }, 'Configuration error: PORT must be a whole number from 1 to 65535 (got "eighty")'],
    [{ DATABASE_URL: 'postgres://' }, 'Configuration error: DATABASE_URL must name a host and a database, as in postgres://user:password@host:5432/liaise'],
  ])('stops on %j with one line naming the variable, and writes nothing', async (env, message) => {
    const dataDir = path.join(scratch, `bad-config-${Object.keys(env)[0]}`);
    const result = await runApiToExit({ ...env, DATA_DIR: dataDir });
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(`${message}\n`);
    expect(result.stdout).toBe('');
    expect(existsSync(dataDir)).toBe(false);
  });
});

describe('the api on its own embedded PostgreSQL', () => {
  it('starts, keeps its data across a restart, and leaves no server behind', async () => {
    const dataDir = path.join(scratch, 'embedded');
    const port = String(await freePort());
    const first = await startApi({ DATA_DIR: dataDir, PORT: port });
    expect(first.stdout()).toContain(`Liaise is running at http://localhost:${port}`);
    expect(await getStatus(`${first.baseUrl}/health/ready`)).toBe(200);
    const info = await fetch(`${first.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ serviceInfo { name demoMode } }' }),
    }).then((r) => r.json());
    expect(info).toEqual({ data: { serviceInfo: { name: 'Liaise', demoMode: true } } });
    expect(postgresRunningIn(dataDir)).toBe(true);
    expect(await first.stop()).toBe(0);
    expect(postgresRunningIn(dataDir)).toBe(false);
    expect(existsSync(path.join(dataDir, 'postgres', 'PG_VERSION'))).toBe(true);

    const second = await startApi({ DATA_DIR: dataDir, PORT: port });
    expect(await getStatus(`${second.baseUrl}/health/ready`)).toBe(200);
    expect(await second.stop()).toBe(0);
    expect(postgresRunningIn(dataDir)).toBe(false);
  });
});

describe('what the api prints as it starts', () => {
  it('prints the banner with the demo sign-ins last, after the start-up logs, which are JSON when not at a terminal', async () => {
    const api = await startApi({ DATA_DIR: path.join(scratch, 'banner'), PORT: String(await freePort()), LOG_LEVEL: 'info' });
    try {
      expect(await eventually(async () => api.stdout().includes('Press Ctrl+C to stop.'))).toBe(true);
      const out = api.stdout();
      const banner = out.indexOf('\nLiaise is running at');
      const logLines = out.slice(0, banner).split('\n').filter((line) => line !== '');
      const messages = logLines.map((line) => (JSON.parse(line) as { msg: string }).msg);
      expect(messages).toEqual(
        expect.arrayContaining(['Nest application successfully started', expect.stringMatching(/^No SMTP_URL: e-mails are written to /)]),
      );
      expect(out.slice(banner)).toContain('liaison.officer@northshire.police.example');
    } finally {
      await api.stop();
    }
  });
});

describe('readiness follows the database', () => {
  it('answers 503 while the database is down, stays live, and recovers by itself', async () => {
    const dbDir = path.join(scratch, 'external');
    const dbPort = await freePort();
    let database = await startEmbeddedDatabase({ dataDir: dbDir, port: dbPort });
    const api = await startApi({
      DATA_DIR: path.join(scratch, 'external-api'),
      PORT: String(await freePort()),
      DATABASE_URL: database.ownerUrl,
      DATABASE_APP_URL: database.appUrl,
    });
    try {
      expect(await getStatus(`${api.baseUrl}/health/ready`)).toBe(200);

      await database.stop();
      const seen = new Set<number>();
      const unready = await eventually(async () => {
        const status = await getStatus(`${api.baseUrl}/health/ready`);
        seen.add(status);
        return status === 503;
      });
      // Said in full when it fails: what readiness answered (0: no answer in 10 s) and what the api printed.
      if (!unready) throw new Error(`Readiness never answered 503; it answered ${[...seen].join(', ')}; api exit code ${api.child.exitCode}\n${api.stdout().slice(-3000)}\n${api.stderr().slice(-3000)}`);
      expect(await getStatus(`${api.baseUrl}/health/live`)).toBe(200);
      expect(api.child.exitCode).toBeNull();

      database = await startEmbeddedDatabase({ dataDir: dbDir, port: dbPort });
      expect(await eventually(async () => (await getStatus(`${api.baseUrl}/health/ready`)) === 200)).toBe(true);
    } finally {
      await api.stop();
      await database.stop();
    }
  });
});
