import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { IsNull, type DataSource, type EntityManager } from 'typeorm';
import { Clock, type RequestAuth } from '@liaise/api-core';
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

  /** Ends `auth`'s session and starts a new one for the same person: a new id whenever privilege changes. */
  async replace(
    manager: EntityManager,
    auth: RequestAuth,
    options: { secondFactorDone: boolean; userAgent?: string },
  ): Promise<{ token: string; sessionId: string }> {
    await this.end(manager, auth.sessionId, 'REPLACED');
    return this.start(manager, { id: auth.userId, organisationId: auth.organisationId }, options);
  }

  async end(manager: EntityManager, sessionId: string, reason: SessionEndReason): Promise<void> {
    await manager.update(Session, { id: sessionId, endedAt: IsNull() }, { endedAt: this.clock.now(), endedReason: reason });
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
    return result.affected ?? 0;
  }

  /** Ends every open session of a person: signing out everywhere, disabling, a new password. */
  async endAll(manager: EntityManager, userId: string, reason: SessionEndReason): Promise<number> {
    const result = await manager
      .createQueryBuilder()
      .update(Session)
      .set({ endedAt: this.clock.now(), endedReason: reason })
      .where('user_id = :userId and ended_at is null', { userId })
      .execute();
    return result.affected ?? 0;
  }
}
