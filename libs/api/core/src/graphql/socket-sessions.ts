import type { IncomingMessage } from 'node:http';
import { Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { PubSubEngine } from 'graphql-subscriptions';
import type { EntityManager } from 'typeorm';
import type { RequestAuth } from '../request/request-auth.js';
import { Clock } from '../time/clock.js';

/**
 * Who may keep a GraphQL WebSocket (subscriptions) open. Core knows no sessions: the auth library provides
 * this, and the subscription server looks it up when a socket connects.
 */
export abstract class SubscriptionAuthenticator {
  /** The person behind the upgrade request's session cookie, or undefined (the socket is refused). */
  abstract authenticate(request: IncomingMessage): Promise<RequestAuth | undefined>;
  /**
   * Until when the session `auth` came from holds, unchanged, if nobody uses it (its idle or absolute end,
   * whichever comes first); undefined once it has ended or changed. Not counted as activity.
   */
  abstract currentUntil(auth: RequestAuth): Promise<Date | undefined>;
}

/** Whose sessions may have ended or changed: one session, every session of a person, or of an organisation. */
export type SessionChange = { readonly sessionId: string } | { readonly userId: string } | { readonly organisationId: string };

/** The LISTEN/NOTIFY channel on which a change of sessions reaches every api instance. */
export const SESSION_CHANGE_CHANNEL = 'liaise_session_change';

/**
 * Tells every api instance that these sessions may have ended or changed, so that their open sockets are
 * checked at once. Sent inside the change's own transaction: it reaches listeners only if it commits.
 */
export async function announceSessionChange(manager: EntityManager, change: SessionChange): Promise<void> {
  await manager.query('SELECT pg_notify($1, $2)', [SESSION_CHANGE_CHANNEL, JSON.stringify(change)]);
}

function parseSessionChange(payload: unknown): SessionChange | undefined {
  let value: unknown = payload;
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value);
    } catch {
      return undefined;
    }
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const fields = value as Record<string, unknown>;
  for (const key of ['sessionId', 'userId', 'organisationId'] as const) {
    const id = fields[key];
    if (typeof id === 'string') return { [key]: id } as SessionChange;
  }
  return undefined;
}

/**
 * The longest wait between two checks of an open socket's session. Changes are announced at once (see
 * announceSessionChange); this only catches an announcement lost while the database restarted (NOTIFY is
 * not durable).
 */
export const SUBSCRIPTION_SESSION_CHECK_MS = 60_000;

/** Close code (graphql-ws): the session ended while the socket was open (the client does not retry). */
export const SOCKET_SESSION_ENDED = 4401;

export interface WatchedSocket {
  close(code?: number, reason?: string): void;
}

interface Watch {
  readonly auth: RequestAuth;
  timer?: NodeJS.Timeout;
}

/**
 * The open sockets of this api instance and the sessions they were opened with. A socket is closed as soon
 * as its session ends: signed out, signed out everywhere, account disabled, organisation suspended, role or
 * second factor changed (announced by whoever changed it, to every instance), or the session's idle or
 * absolute time passed (a timer set for that moment).
 */
@Injectable()
export class SocketSessions implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly log = new Logger('Subscriptions');
  private readonly watches = new Map<WatchedSocket, Watch>();
  private subscription: number | undefined;

  constructor(
    private readonly moduleRef: ModuleRef,
    private readonly clock: Clock,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const events = this.optional(PubSubEngine);
    if (events === undefined) return;
    const onChange = (payload: unknown) => {
      const change = parseSessionChange(payload);
      if (change !== undefined) this.changed(change);
    };
    this.subscription = await events.subscribe(SESSION_CHANGE_CHANNEL, onChange, {});
  }

  onModuleDestroy(): void {
    if (this.subscription !== undefined) this.optional(PubSubEngine)?.unsubscribe(this.subscription);
    for (const socket of [...this.watches.keys()]) this.forget(socket);
  }

  /** Keeps an eye on `socket`, opened with `auth`'s session, until it closes (forget). */
  watch(socket: WatchedSocket, auth: RequestAuth): void {
    this.forget(socket);
    const watch: Watch = { auth };
    this.watches.set(socket, watch);
    void this.check(socket, watch);
  }

  forget(socket: WatchedSocket): void {
    const watch = this.watches.get(socket);
    if (watch?.timer !== undefined) clearTimeout(watch.timer);
    this.watches.delete(socket);
  }

  /** Checks at once every socket whose session the change may concern. */
  changed(change: SessionChange): void {
    for (const [socket, watch] of this.watches) {
      const { auth } = watch;
      const concerned =
        ('sessionId' in change && change.sessionId === auth.sessionId) ||
        ('userId' in change && change.userId === auth.userId) ||
        ('organisationId' in change && change.organisationId === auth.organisationId);
      if (concerned) void this.check(socket, watch);
    }
  }

  private async check(socket: WatchedSocket, watch: Watch): Promise<void> {
    if (watch.timer !== undefined) clearTimeout(watch.timer);
    watch.timer = undefined;
    let until: Date | undefined;
    try {
      until = await this.authenticator().currentUntil(watch.auth);
    } catch (error) {
      this.log.warn(`Cannot check a subscriber's session: ${error instanceof Error ? error.message : String(error)}`);
      if (this.watches.get(socket) === watch) this.schedule(socket, watch, SUBSCRIPTION_SESSION_CHECK_MS);
      return;
    }
    if (this.watches.get(socket) !== watch) return; // closed meanwhile
    if (until === undefined) {
      this.forget(socket);
      socket.close(SOCKET_SESSION_ENDED, 'Session ended');
      return;
    }
    // Just after the moment the session would end unused; it may have been used meanwhile: check again then.
    this.schedule(socket, watch, until.getTime() - this.clock.now().getTime() + 10);
  }

  private schedule(socket: WatchedSocket, watch: Watch, delayMs: number): void {
    watch.timer = setTimeout(() => void this.check(socket, watch), Math.min(Math.max(delayMs, 0), SUBSCRIPTION_SESSION_CHECK_MS));
    watch.timer.unref();
  }

  private authenticator(): SubscriptionAuthenticator {
    return this.moduleRef.get(SubscriptionAuthenticator, { strict: false });
  }

  private optional<T>(token: abstract new (...args: never[]) => T): T | undefined {
    try {
      return this.moduleRef.get(token, { strict: false });
    } catch {
      return undefined;
    }
  }
}
