import path from 'node:path';
import { ConfigError, loadConfig } from './load-config.js';

const load = (env: Record<string, string>, argv: string[] = []) => loadConfig(env, argv, '/srv/liaise');

function problemWith(env: Record<string, string>, argv: string[] = []): string {
  try {
    load(env, argv);
  } catch (error) {
    if (error instanceof ConfigError) return error.message;
    throw error;
  }
  throw new Error('expected a configuration error');
}

describe('loadConfig', () => {
  it('has defaults for local use: port 3000, embedded database, demo data on first start', () => {
    const config = load({});
    expect(config).toMatchObject({
      port: 3000,
      host: '127.0.0.1',
      role: 'all',
      production: false,
      demoData: 'auto',
      publicUrl: 'http://localhost:3000',
      dataDir: path.resolve('/srv/liaise', '.data'),
    });
    expect(config.databaseUrl).toBeUndefined();
  });

  it.each([
    [{ PORT: 'abc' }, 'Configuration error: PORT must be a whole number from 1 to 65535 (got "abc")'],
    [{ PORT: '70000' }, 'Configuration error: PORT must be a whole number from 1 to 65535 (got "70000")'],
    [{ PORT: '3000.5' }, 'Configuration error: PORT must be a whole number from 1 to 65535 (got "3000.5")'],
    [{ DATABASE_URL: 'not a url' }, 'Configuration error: DATABASE_URL must be a URL such as postgres://host/path (the value given is not a URL)'],
    [{ DATABASE_URL: 'mysql://db/liaise' }, 'Configuration error: DATABASE_URL must start with postgres: or postgresql: (got "mysql:")'],
    [{ DATABASE_URL: 'postgres://db' }, 'Configuration error: DATABASE_URL must name a host and a database, as in postgres://user:password@host:5432/liaise'],
    [{ DATABASE_APP_URL: 'postgres://app@db/liaise' }, 'Configuration error: DATABASE_APP_URL needs DATABASE_URL too (the owner connection that runs migrations)'],
    [{ DEMO_DATA: 'yes' }, 'Configuration error: DEMO_DATA must be one of auto, always, never (got "yes")'],
    [{ ROLE: 'web' }, 'Configuration error: ROLE must be one of all, api, worker (got "web")'],
    [{ PUBLIC_URL: 'ftp://x' }, 'Configuration error: PUBLIC_URL must start with http: or https: (got "ftp:")'],
    [{ SMTP_URL: 'http://mail.example' }, 'Configuration error: SMTP_URL must start with smtp: or smtps: (got "http:")'],
    [{ SMTP_URL: 'smtp://' }, 'Configuration error: SMTP_URL must name a host, as in smtp://user:password@mail.example:587'],
    [{ MAIL_FROM: 'Liaise' }, 'Configuration error: MAIL_FROM must be an e-mail address, or a name and an address as in Liaise <no-reply@liaise.invalid> (got "Liaise")'],
  ])('refuses %j with one line naming the variable', (env, message) => {
    expect(problemWith(env)).toBe(message);
    expect(message).not.toContain('\n');
  });

  it('never echoes a database password in its message', () => {
    expect(problemWith({ DATABASE_URL: 'mysql://owner:s3cret@db/liaise' })).not.toContain('s3cret');
  });

  it('sends e-mail over SMTP_URL when given, as MAIL_FROM (Liaise <no-reply@liaise.invalid> by default)', () => {
    expect(load({})).toMatchObject({ smtpUrl: undefined, mailFrom: 'Liaise <no-reply@liaise.invalid>' });
    expect(load({ SMTP_URL: 'smtps://mailer:s3cret@mail.example:465', MAIL_FROM: 'Northshire Liaise <liaise@northshire.example>' })).toMatchObject({
      smtpUrl: 'smtps://mailer:s3cret@mail.example:465',
      mailFrom: 'Northshire Liaise <liaise@northshire.example>',
    });
    expect(problemWith({ SMTP_URL: 'imap://mailer:s3cret@mail.example' })).not.toContain('s3cret');
  });

  it('takes the process role from --role before ROLE', () => {
    expect(load({ ROLE: 'api' }, ['--role', 'worker']).role).toBe('worker');
    expect(load({ ROLE: 'api' }, ['--role=worker']).role).toBe('worker');
    expect(load({ ROLE: 'api' }).role).toBe('api');
    expect(problemWith({}, ['--role', 'boss'])).toBe('Configuration error: --role must be one of all, api, worker (got "boss")');
  });

  it('uses the configured server and keeps PUBLIC_URL without a trailing slash', () => {
    const config = load({ DATABASE_URL: 'postgres://owner@db:5432/liaise', PUBLIC_URL: 'https://liaise.example/' });
    expect(config.databaseUrl).toBe('postgres://owner@db:5432/liaise');
    expect(config.publicUrl).toBe('https://liaise.example');
  });
});
