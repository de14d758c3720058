import { Inject, Injectable, Logger, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { PubSubEngine } from 'graphql-subscriptions';
import pgListen from 'pg-listen';
import type { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '@liaise/api-core';
import { NOTIFICATION_CHANNEL } from './migrations/CreateInAppNotifications.js';

type Subscriber = ReturnType<typeof pgListen.default>;
type Handler = (payload: unknown) => void;

/** Wait between attempts to open the listening connection when the database is not there at start. */
const FIRST_CONNECT_RETRY_MS = 1_000;

/**
 * Events across api instances through PostgreSQL LISTEN/NOTIFY: one dedicated connection (not from the
 * pool) as the application role, that reconnects without limit and listens again after a database restart.
 * What arrives is only a hint: NOTIFY is not durable, so a client that reconnects fetches what it missed,
 * and nothing is ever sent on from a payload without reading the row it names. Any role may LISTEN to any
 * channel, so every subscriber filters what it gets.
 *
 * Listens only in a process that serves the api and has a database (never when printing the schema, nor
 * in a worker-only process); closed on shutdown.
 */
@Injectable()
export class PgPubSub extends PubSubEngine implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly log = new Logger('PgPubSub');
  private subscriber: Subscriber | undefined;
  private readonly handlers = new Map<number, { channel: string; handler: Handler }>();
  private nextId = 1;
  private closed = false;
  private retry: NodeJS.Timeout | undefined;
  private connected: Promise<void> | undefined;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    super();
  }

  /** Whether this process listens at all. */
  get enabled(): boolean {
    return this.dataSource.isInitialized && this.config.role !== 'worker';
  }

  onApplicationBootstrap(): void {
    if (!this.enabled) return;
    this.connected = this.start().catch(() => undefined);
  }

  /** Resolves once the listening connection is open and listening (or never opened: disabled). */
  async ready(): Promise<void> {
    await this.connected;
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.closed = true;
    if (this.retry !== undefined) clearTimeout(this.retry);
    const subscriber = this.subscriber;
    this.subscriber = undefined;
    if (subscriber !== undefined) {
      await subscriber.close().catch(() => undefined);
      this.log.log('Stopped listening for events');
    }
  }

  private async start(): Promise<void> {
    // The application role's own connection string, as the pool uses (its `url` option).
    const url = (this.dataSource.options as { url?: string }).url;
    while (!this.closed) {
      const subscriber = pgListen.default(
        { connectionString: url, application_name: 'liaise-api-listen' },
        { retryTimeout: Infinity, retryInterval: (attempt) => Math.min(500 * 2 ** attempt, 5_000), paranoidChecking: 10_000 },
      );
      subscriber.events.on('error', (error) => this.log.warn(`Event listener: ${error.message}`));
      subscriber.events.on('reconnect', (attempt) => {
        if (attempt === 1) this.log.warn('Event listener lost its connection: reconnecting');
      });
      subscriber.events.on('connected', () => this.log.debug('Event listener connected'));
      subscriber.events.on('notification', ({ channel, payload }) => this.dispatch(channel, payload));
      try {
        await subscriber.connect();
        // Taken as the subscriber first: a channel subscribed to while these LISTENs run is listened to too.
        this.subscriber = subscriber;
        for (const channel of new Set([...this.channels(), NOTIFICATION_CHANNEL])) await subscriber.listenTo(channel);
        if (this.closed) {
          this.subscriber = undefined;
          await subscriber.close().catch(() => undefined);
        }
        return;
      } catch (error) {
        this.subscriber = undefined;
        await subscriber.close().catch(() => undefined);
        this.log.warn(`Cannot listen for events yet: ${error instanceof Error ? error.message : String(error)}`);
        await new Promise<void>((resolve) => {
          this.retry = setTimeout(resolve, FIRST_CONNECT_RETRY_MS);
        });
      }
    }
  }

  private channels(): string[] {
    return [...new Set([...this.handlers.values()].map((entry) => entry.channel))];
  }

  private dispatch(channel: string, payload: unknown): void {
    for (const { channel: wanted, handler } of this.handlers.values()) {
      if (wanted !== channel) continue;
      try {
        handler(payload);
      } catch (error) {
        this.log.error(`An event handler failed: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  }

  /**
   * Announces `payload` (JSON) to every instance's subscribers of `channel`. Prefer pg_notify inside the
   * transaction of the change itself (notification_fan_out does), so nothing is announced that rolled back.
   */
  async publish(channel: string, payload: unknown): Promise<void> {
    await this.dataSource.query('SELECT pg_notify($1, $2)', [channel, JSON.stringify(payload)]);
  }

  async subscribe(channel: string, onMessage: Handler): Promise<number> {
    const id = this.nextId++;
    this.handlers.set(id, { channel, handler: onMessage });
    if (this.subscriber !== undefined) await this.subscriber.listenTo(channel);
    return id;
  }

  unsubscribe(id: number): void {
    this.handlers.delete(id);
  }
}
