/** What the process runs: the GraphQL api, the background worker, or both in one process (local use). */
export const PROCESS_ROLES = ['all', 'api', 'worker'] as const;
export type ProcessRole = (typeof PROCESS_ROLES)[number];

export const DEMO_DATA_MODES = ['auto', 'always', 'never'] as const;
export type DemoDataMode = (typeof DEMO_DATA_MODES)[number];

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** The validated configuration of one process; built once at start by `loadConfig`. */
export interface AppConfig {
  readonly production: boolean;
  readonly role: ProcessRole;
  readonly host: string;
  readonly port: number;
  readonly publicUrl: string;
  /** Where the embedded database, local e-mail and other local state are kept. */
  readonly dataDir: string;
  /** The owner role's connection: migrations run as it. Absent means "start an embedded PostgreSQL". */
  readonly databaseUrl?: string;
  /** The application role's connection; derived from `databaseUrl` when absent. */
  readonly databaseAppUrl?: string;
  readonly databaseAppPassword?: string;
  readonly demoData: DemoDataMode;
  readonly logLevel: LogLevel;
  /** The built web app served on the same port; absent when the web is served elsewhere. */
  readonly webDistDir?: string;
  /** Where the worker sends e-mail (smtp: or smtps:); absent means "write .eml files under dataDir/mail". */
  readonly smtpUrl?: string;
  /** The From of every e-mail, as `Name <address>`. */
  readonly mailFrom: string;
}

export const APP_CONFIG = Symbol('APP_CONFIG');
