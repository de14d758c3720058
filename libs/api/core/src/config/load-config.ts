import path from 'node:path';
import {
  DEMO_DATA_MODES,
  LOG_LEVELS,
  PROCESS_ROLES,
  type AppConfig,
  type DemoDataMode,
  type LogLevel,
  type ProcessRole,
} from './app-config.js';

export const DEFAULT_MAIL_FROM = 'Liaise <no-reply@liaise.invalid>';

/** A configuration problem, described in one line that names the variable. */
export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    problem: string,
  ) {
    super(`Configuration error: ${variable} ${problem}`);
    this.name = 'ConfigError';
  }
}

type Env = Readonly<Record<string, string | undefined>>;

function optional(env: Env, name: string): string | undefined {
  const value = env[name]?.trim();
  return value === undefined || value === '' ? undefined : value;
}

function oneOf<T extends string>(env: Env, name: string, allowed: readonly T[], fallback: T): T {
  const value = optional(env, name);
  if (value === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(value)) {
    throw new ConfigError(name, `must be one of ${allowed.join(', ')} (got "${value}")`);
  }
  return value as T;
}

function port(env: Env, name: string, fallback: number): number {
  const value = optional(env, name);
  if (value === undefined) return fallback;
  const parsed = Number(value);
  if (!/^\d+$/.test(value) || parsed < 1 || parsed > 65535) {
    throw new ConfigError(name, `must be a whole number from 1 to 65535 (got "${value}")`);
  }
  return parsed;
}

function url(env: Env, name: string, protocols: readonly string[]): string | undefined {
  const value = optional(env, name);
  if (value === undefined) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    throw new ConfigError(name, `must be a URL such as ${protocols[0]}//host/path (the value given is not a URL)`);
  }
  if (!protocols.includes(parsed.protocol)) {
    throw new ConfigError(name, `must start with ${protocols.join(' or ')} (got "${parsed.protocol}")`);
  }
  return value;
}

function postgresUrl(env: Env, name: string): string | undefined {
  const value = url(env, name, ['postgres:', 'postgresql:']);
  if (value !== undefined) {
    const parsed = new URL(value);
    if (parsed.hostname === '' || parsed.pathname.length < 2) {
      throw new ConfigError(name, 'must name a host and a database, as in postgres://user:password@host:5432/liaise');
    }
  }
  return value;
}

/** The `--role` flag wins over the ROLE variable, so one image can run either role. */
function roleFromArgs(argv: readonly string[]): string | undefined {
  const index = argv.indexOf('--role');
  if (index >= 0) return argv[index + 1];
  return argv.find((arg) => arg.startsWith('--role='))?.slice('--role='.length);
}

/**
 * Reads and validates the environment. Throws ConfigError (one line, naming the variable) on the first
 * problem, before anything is started or written.
 */
export function loadConfig(env: Env = process.env, argv: readonly string[] = process.argv, cwd = process.cwd()): AppConfig {
  const production = optional(env, 'NODE_ENV') === 'production';
  const roleArg = roleFromArgs(argv);
  const role: ProcessRole =
    roleArg === undefined
      ? oneOf(env, 'ROLE', PROCESS_ROLES, 'all')
      : oneOf({ '--role': roleArg }, '--role', PROCESS_ROLES, 'all');
  const listenPort = port(env, 'PORT', 3000);
  const host = optional(env, 'HOST') ?? '127.0.0.1';
  const publicUrl = (url(env, 'PUBLIC_URL', ['http:', 'https:']) ?? `http://localhost:${listenPort}`).replace(/\/$/, '');
  const databaseUrl = postgresUrl(env, 'DATABASE_URL');
  const databaseAppUrl = postgresUrl(env, 'DATABASE_APP_URL');
  if (databaseAppUrl !== undefined && databaseUrl === undefined) {
    throw new ConfigError('DATABASE_APP_URL', 'needs DATABASE_URL too (the owner connection that runs migrations)');
  }
  const demoData: DemoDataMode = oneOf(env, 'DEMO_DATA', DEMO_DATA_MODES, 'auto');
  const logLevel: LogLevel = oneOf(env, 'LOG_LEVEL', LOG_LEVELS, 'info');
  const dataDir = path.resolve(cwd, optional(env, 'DATA_DIR') ?? '.data');
  const webDistDir = optional(env, 'WEB_DIST_DIR');
  const smtpUrl = url(env, 'SMTP_URL', ['smtp:', 'smtps:']);
  if (smtpUrl !== undefined && new URL(smtpUrl).hostname === '') {
    throw new ConfigError('SMTP_URL', 'must name a host, as in smtp://user:password@mail.example:587');
  }
  const mailFrom = optional(env, 'MAIL_FROM') ?? DEFAULT_MAIL_FROM;
  if (!/^([^<>\r\n]*<[^@<>\s]+@[^@<>\s]+>|[^@<>\s]+@[^@<>\s]+)$/.test(mailFrom)) {
    throw new ConfigError('MAIL_FROM', `must be an e-mail address, or a name and an address as in ${DEFAULT_MAIL_FROM} (got "${mailFrom}")`);
  }
  return {
    production,
    role,
    host,
    port: listenPort,
    publicUrl,
    dataDir,
    databaseUrl,
    databaseAppUrl,
    databaseAppPassword: optional(env, 'DATABASE_APP_PASSWORD'),
    demoData,
    logLevel,
    webDistDir: webDistDir === undefined ? undefined : path.resolve(cwd, webDistDir),
    smtpUrl,
    mailFrom,
  };
}
