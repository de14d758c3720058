import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { announceSessionChange, Clock, type RequestAuth } from '@liaise/api-core';
import { AccountDirectory } from '../accounts/account-directory.js';
import { SESSION_ABSOLUTE_SECONDS, SESSION_IDLE_SECONDS } from './session-cookie.js';
import { Session, type SessionEndReason } from './session.entity.js';
import { SessionRepository } from './session.repository.js';

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

@Injectable()
export class SessionService {
  constructor(
    private readonly repository: SessionRepository,
    private readonly accounts: AccountDirectory,
    private readonly clock: Clock,
  ) {}

  /** A new session with a new random token (never one the browser brought: no session fixation). */
  async start(
    manager: EntityManager,
    account: { id: string; organisationId: string },
    options: { secondFactorDone: boolean; userAgent?: string },
  ): Promise<{ token: string; sessionId: string }> {
    const token = randomBytes(32).toString('base64url');
    const now = this.clock.now();
    const session = manager.create(Session, {
      id: randomUUID(),
      tokenHash: hashToken(token),
      userId: account.id,
      organisationId: account.organisationId,
      createdAt: now,
      lastSeenAt: now,
      secondFactorDone: options.secondFactorDone,
      endedAt: null,
      endedReason: null,
      userAgent: options.userAgent?.slice(0, 300) ?? null,
    });
    await this.repository.insert(manager, session);
    return { token, sessionId: session.id };
  }

  /** The person behind a cookie's token, when the session is still good (checked outside any transaction). */
  async resolve(token: string): Promise<RequestAuth | undefined> {
    return this.repository.resolve(hashToken(token), this.clock.now(), SESSION_IDLE_SECONDS, SESSION_ABSOLUTE_SECONDS);
  }

  /**
   * Until when `auth`'s session holds as it was if nobody uses it (its idle or absolute end, whichever is
   * first), or undefined when it no longer does: ended, idle or past its absolute limit, a different second
   * factor state or role, the account or organisation no longer active. Unlike `resolve` it does not count
   * as activity (a socket left open is not someone using the portal). Runs in a transaction with `auth`'s
   * organisation acting (row-level security shows the session, account and organisation).
   */
  async currentUntil(manager: EntityManager, auth: RequestAuth): Promise<Date | undefined> {
    const session = await this.repository.openUntil(manager, auth, this.clock.now(), {
      absoluteSeconds: SESSION_ABSOLUTE_SECONDS,
      idleSeconds: SESSION_IDLE_SECONDS,
    });
    if (session === undefined || session.secondFactorDone !== auth.secondFactorDone) return undefined;
    return (await this.accounts.activeRoleOf(manager, auth.userId)) === auth.role ? session.until : undefined;
  }

  /** Whether `auth`'s session still holds as it was (see currentUntil). */
  async isCurrent(manager: EntityManager, auth: RequestAuth): Promise<boolean> {
    return (await this.currentUntil(manager, auth)) !== undefined;
  }

  /** Ends `auth`'s session and starts a new one for the same person: a new id whenever privilege changes. */
  async replace(
    manager: EntityManager,
    auth: RequestAuth,
    options: { secondFactorDone: boolean; userAgent?: string },
  ): Promise<{ token: string; sessionId: string }> {
    await this.end(manager, auth.sessionId, 'REPLACED');
    return this.start(manager, { id: auth.userId, organisationId: auth.organisationId }, options);
  }

  /** Ends one session; its open sockets, on every api instance, close once this commits. */
  async end(manager: EntityManager, sessionId: string, reason: SessionEndReason): Promise<void> {
    await this.repository.end(manager, sessionId, this.clock.now(), reason);
    await announceSessionChange(manager, { sessionId });
  }

  /**
   * A person whose new role needs two-factor sign-in must give (or set up) the second factor before their
   * open sessions can do anything more.
   */
  async requireSecondFactor(manager: EntityManager, userId: string): Promise<number> {
    const stepped = await this.repository.requireSecondFactorOf(manager, userId);
    await announceSessionChange(manager, { userId });
    return stepped;
  }

  /** Ends every open session of a person (signing out everywhere, disabling, a new password), sockets too. */
  async endAll(manager: EntityManager, userId: string, reason: SessionEndReason): Promise<number> {
    const ended = await this.repository.endAllOf(manager, userId, this.clock.now(), reason);
    await announceSessionChange(manager, { userId });
    return ended;
  }
}
