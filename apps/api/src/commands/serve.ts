import path from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import type { Logger as Pino } from 'pino';
import { SERVICE_NAME } from '@liaise/shared-domain';
import { SystemClock, type AppConfig, type LogFormat } from '@liaise/api-core';
import { InvitationExpiryWorker } from '@liaise/api-invitations';
import { OutboxWorker } from '@liaise/api-notifications';
import { AppModule } from '../app.module.js';
import { trustPrivateProxies } from '../trust-proxies.js';
import { loadDemoData } from '../demo/demo-data.js';
import { DEMO_PASSWORD, DEMO_PEOPLE, DEMO_TOTP_SECRET } from '../demo/demo-people.js';
import { VERSION } from '../version.js';
import { openDatabase } from './open-database.js';

/**
 * Starts the portal: the database (embedded unless configured), migrations, demo data on an embedded
 * database's first start, then the api (and, in local use, the worker) on one port. Stops cleanly on
 * SIGINT and SIGTERM: stops taking requests, finishes those in flight, then stops the embedded database.
 */
/** Where `nx build web` puts the web, relative to this file in apps/api/dist/commands. */
const BUILT_WEB = path.resolve(import.meta.dirname, '../../../web/dist');

/**
 * Resolves when the background workers (in the roles that run them) have been through their first round:
 * what they say as they start is logged before the banner, not under it.
 */
async function workersStarted(app: INestApplication, config: AppConfig): Promise<void> {
  if (config.role === 'api') return;
  await Promise.all([app.get(OutboxWorker).firstRound(), app.get(InvitationExpiryWorker).firstRound()]);
}

export async function serve(configured: AppConfig, log: Pino, logFormat: LogFormat): Promise<void> {
  const config = { ...configured, webDistDir: configured.webDistDir ?? BUILT_WEB };
  const database = await openDatabase(config, log);
  const loadDemo =
    config.demoData === 'always' || (config.demoData === 'auto' && database.embedded?.created === true);
  if (loadDemo) await loadDemoData(database.ownerUrl, new SystemClock().now());
  const demoMode = config.demoData === 'always' || (config.demoData === 'auto' && database.embedded !== undefined);

  const app = await NestFactory.create(
    AppModule.forRoot({
      config,
      runtime: { demoMode, embeddedDatabase: database.embedded !== undefined, version: VERSION },
      appDatabaseUrl: database.appUrl,
      logFormat,
    }),
    { bufferLogs: true },
  );
  app.useLogger(app.get(Logger));
  const express = app.getHttpAdapter().getInstance();
  express.disable('x-powered-by');
  trustPrivateProxies(app);

  let closing: Promise<void> | undefined;
  const shutdown = (signal: NodeJS.Signals) =>
    (closing ??= (async () => {
      log.info({ signal }, 'shutting down');
      await app.close();
      await database.embedded?.stop();
      log.info('stopped');
      process.exit(0);
    })());
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);

  try {
    await app.listen(config.port, config.host);
  } catch (error) {
    await app.close().catch(() => undefined);
    await database.embedded?.stop();
    throw error;
  }
  await workersStarted(app, config);
  // Last, after the start-up logs, so the sign-ins are what the terminal shows.
  const lines = [`${SERVICE_NAME} is running at ${config.publicUrl}`];
  if (database.embedded) lines.push(`Embedded PostgreSQL on 127.0.0.1:${database.embedded.port}, data in ${config.dataDir}`);
  if (demoMode) {
    lines.push('', `Demo mode: the data is made up. Every demo account's password is ${DEMO_PASSWORD}`);
    lines.push(`Police users, managers and administrators also need a code: add the secret ${DEMO_TOTP_SECRET} to an authenticator app.`);
    const width = Math.max(...DEMO_PEOPLE.map((p) => p.email.length));
    for (const person of DEMO_PEOPLE) lines.push(`  ${person.email.padEnd(width)}  ${person.role.toLowerCase().replaceAll('_', ' ')}`);
    lines.push('', 'Press Ctrl+C to stop.');
  }
  process.stdout.write(`\n${lines.join('\n')}\n\n`);
}
