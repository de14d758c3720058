import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { IsNull, type DataSource, type EntityManager } from 'typeorm';
import type { Role } from '@liaise/shared-domain';
import { Session, type SessionEndReason } from './session.entity.js';

/** A session found by its cookie's token: who it is for, and whether the second factor was given. */
export interface ResolvedSession {
  readonly sessionId: string;
  readonly userId: string;
  readonly organisationId: string;
  readonly role: Role;
  readonly secondFactorDone: boolean;
}

/** The `session` table: sessions are started, found, counted against and ended only here. */
@Injectable()
export class SessionRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async insert(manager: EntityManager, session: Session): Promise<void> {
    await manager.insert(Session, session);
  }

  /**
   * The session a token's hash opens when it is still good, counting as activity; read outside any
   * transaction, before anyone is known to act.
   */
  async resolve(tokenHash: string, now: Date, idleSeconds: number, absoluteSeconds: number): Promise<ResolvedSession | undefined> {
    const rows: { session_id: string; user_id: string; organisation_id: string; role: Role; second_factor_done: boolean }[] =
      await this.dataSource.query('select * from auth_resolve_session($1, $2, $3, $4)', [tokenHash, now, idleSeconds, absoluteSeconds]);
    const row = rows[0];
    return row === undefined
      ? undefined
      : { sessionId: row.session_id, userId: row.user_id, organisationId: row.organisation_id, role: row.role, secondFactorDone: row.second_factor_done };
  }

  /**
   * Until when an open session of an active organisation lasts if nobody uses it (its idle or absolute
   * end, whichever is first), with its second-factor state; undefined when it has ended or run out.
   */
  async openUntil(
    manager: EntityManager,
    session: { sessionId: string; userId: string; organisationId: string },
    now: Date,
    limits: { absoluteSeconds: number; idleSeconds: number },
  ): Promise<{ secondFactorDone: boolean; until: Date } | undefined> {
    const rows: { second_factor_done: boolean; until: Date }[] = await manager.query(
      `SELECT s.second_factor_done,
              least(s.created_at + make_interval(secs => $5::int), s.last_seen_at + make_interval(secs => $6::int)) AS until
         FROM session s
         JOIN organisation o ON o.id = s.organisation_id
        WHERE s.id = $1 AND s.user_id = $2 AND s.organisation_id = $3 AND s.ended_at IS NULL
          AND o.status = 'ACTIVE'
          AND $4::timestamptz < s.created_at + make_interval(secs => $5::int)
          AND $4::timestamptz < s.last_seen_at + make_interval(secs => $6::int)`,
      [session.sessionId, session.userId, session.organisationId, now, limits.absoluteSeconds, limits.idleSeconds],
    );
    const row = rows[0];
    return row === undefined ? undefined : { secondFactorDone: row.second_factor_done, until: row.until };
  }

  async end(manager: EntityManager, sessionId: string, now: Date, reason: SessionEndReason): Promise<void> {
    await manager.update(Session, { id: sessionId, endedAt: IsNull() }, { endedAt: now, endedReason: reason });
  }

  /** Ends every open session of a person; how many there were. */
  async endAllOf(manager: EntityManager, userId: string, now: Date, reason: SessionEndReason): Promise<number> {
    const result = await manager
      .createQueryBuilder()
      .update(Session)
      .set({ endedAt: now, endedReason: reason })
      .where('user_id = :userId and ended_at is null', { userId })
      .execute();
    return result.affected ?? 0;
  }

  /** Makes every open session of a person that had given the second factor give it again; how many. */
  async requireSecondFactorOf(manager: EntityManager, userId: string): Promise<number> {
    const result = await manager
      .createQueryBuilder()
      .update(Session)
      .set({ secondFactorDone: false })
      .where('user_id = :userId and ended_at is null and second_factor_done', { userId })
      .execute();
    return result.affected ?? 0;
  }

  /** The wrong codes an open session has had, locking it until the transaction ends; undefined once ended. */
  async lockWrongCodes(manager: EntityManager, sessionId: string): Promise<number | undefined> {
    const sessions: { wrong_codes: number }[] = await manager.query('SELECT wrong_codes FROM session WHERE id = $1 AND ended_at IS NULL FOR UPDATE', [
      sessionId,
    ]);
    return sessions[0]?.wrong_codes;
  }

  async countWrongCode(manager: EntityManager, sessionId: string): Promise<void> {
    await manager.query('UPDATE session SET wrong_codes = wrong_codes + 1 WHERE id = $1', [sessionId]);
  }

  /** Ends an open session for too many wrong codes once it has had `allowed`; whether it ended now. */
  async endAfterWrongCodes(manager: EntityManager, sessionId: string, allowed: number, now: Date): Promise<boolean> {
    const ended: { id: string }[] = await manager.query(
      `WITH ended AS (
         UPDATE session SET ended_at = $3, ended_reason = 'TOO_MANY_WRONG_CODES'
          WHERE id = $1 AND ended_at IS NULL AND wrong_codes >= $2
         RETURNING id)
       SELECT id FROM ended`,
      [sessionId, allowed, now],
    );
    return ended.length > 0;
  }
}
