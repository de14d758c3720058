import 'reflect-metadata';
import { pino } from 'pino';
import { formatVerification, verifyAuditTrail } from '@liaise/api-audit';
import { ConfigError, SystemClock, loadConfig, logDestination, logFormatFor, type AppConfig, type LogLevel } from '@liaise/api-core';
import { generateMigration } from './commands/generate-migration.js';
import { generateSql } from './commands/generate-sql.js';
import { openDatabase } from './commands/open-database.js';
import { writeSchema } from './commands/print-schema.js';
import { serve } from './commands/serve.js';
import { loadDemoData } from './demo/demo-data.js';

const logFormat = logFormatFor({ isTTY: process.stdout.isTTY, nodeEnv: process.env['NODE_ENV'] });
const logger = (level: LogLevel) => pino({ level }, logDestination(logFormat));

const COMMANDS: Record<string, (config: AppConfig, args: string[]) => Promise<void>> = {
  serve: (config) => serve(config, logger(config.logLevel), logFormat),
  migrate: async (config) => {
    const database = await openDatabase(config, logger(config.logLevel));
    await database.embedded?.stop();
  },
  'demo:load': async (config) => {
    const database = await openDatabase(config, logger(config.logLevel));
    try {
      await loadDemoData(database.ownerUrl, new SystemClock().now());
    } finally {
      await database.embedded?.stop();
    }
  },
  schema: (config) => writeSchema(config),
  'audit:verify': async (config) => {
    const database = await openDatabase(config, logger('warn'));
    try {
      const verification = await verifyAuditTrail(database.ownerUrl);
      process.stdout.write(`${formatVerification(verification).join('\n')}\n`);
      if (verification.broken.length > 0) process.exitCode = 1;
    } finally {
      await database.embedded?.stop();
    }
  },
  'migration:generate': (_config, args) => generateMigration(args[0]),
  'sql:generate': () => generateSql(),
};

async function main(argv: string[]): Promise<void> {
  const positional = argv.filter((arg, i) => !arg.startsWith('--') && !argv[i - 1]?.startsWith('--role'));
  const [name = 'serve', ...args] = positional;
  const command = COMMANDS[name];
  if (command === undefined) {
    throw new ConfigError('command', `"${name}" is not one of ${Object.keys(COMMANDS).join(', ')}`);
  }
  await command(loadConfig(process.env, argv), args);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  if (error instanceof ConfigError) {
    process.stderr.write(`${error.message}\n`);
  } else {
    process.stderr.write(`Liaise stopped: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  }
  process.exit(1);
});
