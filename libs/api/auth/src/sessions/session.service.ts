import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { IsNull, type DataSource, type EntityManager } from 'typeorm';
import { announceSessionChange, Clock, type RequestAuth } from '@liaise/api-core';
import type { Role } from '@liaise/shared-domain';
import { SESSION_ABSOLUTE_SECONDS, SESSION_IDLE_SECONDS } from './session-cookie.js';
import { Session, type SessionEndReason } from './session.entity.js';

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

@Injectable()
export class SessionService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
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
    await manager.insert(Session, session);
    return { token, sessionId: session.id };
  }

  /** The person behind a cookie's token, when the session is still good (checked outside any transaction). */
  async resolve(token: string): Promise<RequestAuth | undefined> {
    const rows: { session_id: string; user_id: string; organisation_id: string; role: Role; second_factor_done: boolean }[] =
      await this.dataSource.query('select * from auth_resolve_session($1, $2, $3, $4)', [
        hashToken(token),
        this.clock.now(),
        SESSION_IDLE_SECONDS,
        SESSION_ABSOLUTE_SECONDS,
      ]);
    const row = rows[0];
    if (row === undefined) return undefined;
    return {
      sessionId: row.session_id,
      userId: row.user_id,
      organisationId: row.organisation_id,
      role: row.role,
      secondFactorDone: row.second_factor_done,
    };
  }

  /**
   * Until when `auth`'s session holds as it was if nobody uses it (its idle or absolute end, whichever is
   * first), or undefined when it no longer does: ended, idle or past its absolute limit, a different second
   * factor state or role, the account or organisation no longer active. Unlike `resolve` it does not count
   * as activity (a socket left open is not someone using the portal). Runs in a transaction with `auth`'s
   * organisation acting (row-level security shows the session, account and organisation).
   */
  async currentUntil(manager: EntityManager, auth: RequestAuth): Promise<Date | undefined> {
    const rows: { role: Role; second_factor_done: boolean; until: Date }[] = await manager.query(
      `SELECT a.role, s.second_factor_done,
              least(s.created_at + make_interval(secs => $5::int), s.last_seen_at + make_interval(secs => $6::int)) AS until
         FROM session s
         JOIN user_account a ON a.id = s.user_id
         JOIN organisation o ON o.id = s.organisation_id
        WHERE s.id = $1 AND s.user_id = $2 AND s.organisation_id = $3 AND s.ended_at IS NULL
          AND a.status = 'ACTIVE' AND o.status = 'ACTIVE'
          AND $4::timestamptz < s.created_at + make_interval(secs => $5::int)
          AND $4::timestamptz < s.last_seen_at + make_interval(secs => $6::int)`,
      [auth.sessionId, auth.userId, auth.organisationId, this.clock.now(), SESSION_ABSOLUTE_SECONDS, SESSION_IDLE_SECONDS],
    );
    const row = rows[0];
    return row !== undefined && row.role === auth.role && row.second_factor_done === auth.secondFactorDone ? row.until : undefined;
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
    await manager.update(Session, { id: sessionId, endedAt: IsNull() }, { endedAt: this.clock.now(), endedReason: reason });
    await announceSessionChange(manager, { sessionId });
  }

  /**
   * A person whose new role needs two-factor sign-in must give (or set up) the second factor before their
   * open sessions can do anything more.
   */
  async requireSecondFactor(manager: EntityManager, userId: string): Promise<number> {
    const result = await manager
      .createQueryBuilder()
      .update(Session)
      .set({ secondFactorDone: false })
      .where('user_id = :userId and ended_at is null and second_factor_done', { userId })
      .execute();
    await announceSessionChange(manager, { userId });
    return result.affected ?? 0;
  }

  /** Ends every open session of a person (signing out everywhere, disabling, a new password), sockets too. */
  async endAll(manager: EntityManager, userId: string, reason: SessionEndReason): Promise<number> {
    const result = await manager
      .createQueryBuilder()
      .update(Session)
      .set({ endedAt: this.clock.now(), endedReason: reason })
      .where('user_id = :userId and ended_at is null', { userId })
      .execute();
    await announceSessionChange(manager, { userId });
    return result.affected ?? 0;
  }
}
